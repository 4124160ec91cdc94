package org.policylens.analysis.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every {@code ingest/golden/NAME.txt} (an excerpt of a real sample, see the README there) is ingested and its
 * unit table compared with {@code NAME.units.tsv}. To accept a deliberate change, run with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

    static Stream<String> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.resource("golden"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void unitsMatchGoldenTable(String name) throws IOException {
        Path input = Fixtures.resource("golden/" + name);
        String actual = Fixtures.unitTable(Ingest.read(input, IngestOptions.DEFAULT));
        String expectedName = name.replace(".txt", ".units.tsv");
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of("src/test/resources/ingest/golden", expectedName);
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        Path expected = Fixtures.resource("golden").resolve(expectedName);
        String expectedText = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
        if (Boolean.getBoolean("golden.update")) expectedText = actual;
        assertEquals(expectedText, actual, "unit table of " + name);
    }
}
