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
        String[] r = CompareCommandTest.run("analyze", SAMPLE, "--no-charts", "--no-report");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("suzhou_2025h1  ("), r[1]);
        for (String theme : new String[]{"economy", "innovation", "ecology", "livelihood", "none"})
            assertTrue(r[1].contains("\n" + theme + " "), theme + " in\n" + r[1]);
        assertTrue(r[1].matches("(?s).*economy .*\\[0\\.\\d+, 0\\.\\d+].*"), r[1]);
        assertTrue(r[1].contains("[95% intervals: Wilson for unit shares; linearised (delta-method), stratified by part"
                + " for char_share and intensity]"), r[1]);
    }

    @Test
    void leavesNoScratchFolderWithoutOut() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = scratchFolders(tmp);
        CompareCommandTest.run("analyze", SAMPLE, "--no-charts", "--no-report");
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

    @Test
    void bootstrapOptionRecordsMethodReplicatesAndSeedInRunJson() throws Exception {
        Path out = dir.resolve("boot");
        String[] r = CompareCommandTest.run("analyze", SAMPLE, "--out", out.toString(), "--no-charts", "--no-report",
                "--bootstrap", "200");
        assertEquals("0", r[0], r[2]);
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("\"interval\" : \"bootstrap\"") && json.contains("\"bootstrap_replicates\" : 200")
                && json.contains("\"bootstrap_seed\" : 20240917"), json);
    }

    @Test
    void analyticIntervalWithBootstrapReplicatesIsAUsageError() {
        String[] r = CompareCommandTest.run("analyze", SAMPLE, "--no-charts", "--no-report", "--interval", "analytic",
                "--bootstrap", "200");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[2].contains("--interval is analytic"), r[2]);
    }

    @Test
    void unknownIntervalMethodIsAUsageError() {
        String[] r = CompareCommandTest.run("analyze", SAMPLE, "--no-charts", "--no-report", "--interval", "jackknife");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[2].contains("--interval must be analytic or bootstrap: jackknife"), r[2]);
    }
}
