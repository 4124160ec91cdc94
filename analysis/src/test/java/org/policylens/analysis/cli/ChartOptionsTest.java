package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyze}/{@code compare} take the same chart options as {@code chart}. */
class ChartOptionsTest {

    private static final String SAMPLE = Path.of("..", "samples", "suzhou_2025h1.txt").toString();

    @Test
    void analyzeWritesChartsInTheRequestedFormatsOnly(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("analyze", SAMPLE, "--out", out.toString(), "--quiet", "--no-report",
                "--lang", "en", "--dpi", "150", "--format", "png,pdf");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> names;
        try (Stream<Path> s = Files.list(out.resolve("charts"))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".pdf")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".png")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.endsWith(".svg")), names.toString());
        String run = Files.readString(out.resolve("run.json"));
        assertTrue(run.contains("\"chart_lang\" : \"en\"") && run.contains("\"chart_dpi\" : 150"), run);
    }

    @Test
    void badDpiIsAUsageErrorBeforeAnythingRuns(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.copy(Path.of(SAMPLE), in.resolve("suzhou_2025h1.txt"));
        Path out = tmp.resolve("out");
        Cli r = Cli.run("compare", in.toString(), "--out", out.toString(), "--dpi", "20");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--dpi"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownLanguageIsAUsageError(@TempDir Path tmp) {
        Cli r = Cli.run("analyze", SAMPLE, "--out", tmp.resolve("o").toString(), "--lang", "fr");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--lang"), r.err());
    }
}
