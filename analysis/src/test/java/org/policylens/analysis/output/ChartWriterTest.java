package org.policylens.analysis.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.charts.Format;
import org.policylens.charts.Lang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Charts drawn several at a time are the same files, in the same order, as charts drawn one by one. */
class ChartWriterTest {

    @TempDir
    static Path tmp;

    private static final ChartWriter.Options OPTIONS =
            new ChartWriter.Options(Lang.EN, 72, EnumSet.of(Format.PNG, Format.SVG), ChartWriter.DEFAULT_MEASURE);

    @Test
    void threeThreadsWriteTheSameFilesAsOne() throws Exception {
        Path one = Fixture.copyTo(tmp.resolve("one"));
        Path three = Fixture.copyTo(tmp.resolve("three"));
        List<Path> serial = ChartWriter.write(one, OPTIONS, 1);
        List<Path> parallel = ChartWriter.write(three, OPTIONS, 3);
        assertTrue(serial.size() > 6, serial.toString());
        assertEquals(serial.stream().map(p -> one.relativize(p).toString()).toList(),
                parallel.stream().map(p -> three.relativize(p).toString()).toList());
        for (Path p : serial) {
            assertEquals(-1L, Files.mismatch(p, three.resolve(one.relativize(p))), p.toString());
        }
    }

    @Test
    void threadsMustBePositive() {
        Path dir = Fixture.copyTo(tmp.resolve("zero"));
        assertThrows(IllegalArgumentException.class, () -> ChartWriter.write(dir, OPTIONS, 0));
    }
}
