package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyze} on the smallest bundled sample (../samples/suzhou_2025h1.txt, see samples/SOURCES.md). */
class AnalyzeCommandTest {

    private static final String SAMPLE = Path.of("..", "samples", "suzhou_2025h1.txt").toString();

    @TempDir
    Path dir;

    @Test
    void printsOneRowPerThemeWithIntervals() {
        String[] r = CompareCommandTest.run("analyze", SAMPLE, "--no-charts", "--no-report", "--bootstrap", "200");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("suzhou_2025h1  ("), r[1]);
        for (String theme : new String[]{"economy", "innovation", "ecology", "livelihood", "none"})
            assertTrue(r[1].contains("\n" + theme + " "), theme + " in\n" + r[1]);
        assertTrue(r[1].matches("(?s).*economy .*\\[0\\.\\d+, 0\\.\\d+].*"), r[1]);
    }

    @Test
    void leavesNoScratchFolderWithoutOut() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = scratchFolders(tmp);
        CompareCommandTest.run("analyze", SAMPLE, "--no-charts", "--no-report", "--bootstrap", "200");
        assertEquals(before, scratchFolders(tmp));
    }

    private static java.util.Set<Path> scratchFolders(Path tmp) throws java.io.IOException {
        try (var s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("policylens-analyze-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void writesTheCompareFilesWithOut() {
        Path out = dir.resolve("out");
        String[] r = CompareCommandTest.run("analyze", SAMPLE, "--out", out.toString(), "--no-charts", "--no-report", "--bootstrap", "200");
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.isRegularFile(out.resolve("panel_wide.csv")) && Files.isRegularFile(out.resolve("run.json")));
    }
}
