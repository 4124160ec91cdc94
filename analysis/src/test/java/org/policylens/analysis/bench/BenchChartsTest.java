package org.policylens.analysis.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.cli.PolicyLens;
import org.policylens.analysis.output.ChartWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench --charts draws the same chart files as compare, from the output folder of a run without charts. */
class BenchChartsTest {

    @Test
    void drawsTheChartsCompareDraws(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        for (String f : List.of("suzhou_2025h1.txt", "beijing_2026.txt", "hailaer_2012.txt"))
            Files.copy(Path.of("..", "samples", f), in.resolve(f));
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        assertEquals(0, run("compare", in.toString(), "--out", with.toString(), "--quiet", "--no-report",
                "--threads", "2"));
        assertEquals(0, run("compare", in.toString(), "--out", without.toString(), "--quiet", "--no-report",
                "--no-charts", "--threads", "2"));
        BenchCharts.Result r = BenchCharts.draw(without, ChartWriter.Options.DEFAULT, 2);
        List<Path> expected = list(with.resolve("charts"));
        List<Path> drawn = list(without.resolve("charts"));
        assertEquals(expected.size(), r.files());
        assertEquals(expected.stream().map(p -> p.getFileName().toString()).toList(),
                drawn.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < expected.size(); i++)
            assertArrayEquals(Files.readAllBytes(expected.get(i)), Files.readAllBytes(drawn.get(i)), drawn.get(i).toString());
        assertTrue(r.cpuSeconds() >= 0 && r.wallSeconds() > 0);
    }

    private static int run(String... args) {
        return PolicyLens.commandLine().execute(args);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
