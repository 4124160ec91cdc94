package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench} runs the whole compare pipeline on a corpus made from the samples and ends with its
 * machine-readable line. Only the shape is checked: timings are reported, never asserted.
 */
class BenchCommandTest {

    private static final Pattern LAST = Pattern.compile("throughput_chars_per_s=(\\d+) threads=(\\d+) peak_heap_mb=(\\d+)");

    @Test
    void smallBenchPrintsStagesAndTheSummaryLineLast(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Cli r = Cli.run("bench", "--size", "1", "--threads", "1",
                "--samples", Path.of("..", "samples").toString(), "--corpus", corpus.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("intervals: analytic"), r.out());
        for (String stage : List.of("read", "classify", "stats", "write"))
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(stage + " ")), "stage " + stage + " in\n" + r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("in_order_writer: ")), r.out());
        Matcher m = LAST.matcher(lines.get(lines.size() - 1));
        assertTrue(m.matches(), "last line: " + lines.get(lines.size() - 1));
        assertTrue(Long.parseLong(m.group(1)) > 0);
        assertEquals("1", m.group(2));
        assertTrue(Long.parseLong(m.group(3)) > 0);
        try (var files = Files.list(corpus)) {
            assertTrue(files.findAny().isPresent(), "--corpus keeps the generated corpus");
        }
    }

    @Test
    void chartsAddOneStageLineAndKeepTheSummaryLineLast(@TempDir Path tmp) {
        Cli r = Cli.run("bench", "--size", "1", "--threads", "2", "--charts",
                "--samples", Path.of("..", "samples").toString(), "--corpus", tmp.resolve("corpus").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int write = -1;
        int charts = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("write ")) write = i;
            if (lines.get(i).startsWith("charts ")) charts = i;
        }
        assertEquals(write + 1, charts, "charts line right after the stages in\n" + r.out());
        assertTrue(lines.get(charts).matches("charts +[0-9.]+ +\\d+   \\(process CPU drawing \\d+ chart files on 2 threads,"
                + " [0-9.]+ s wall; not in end_to_end\\)"), lines.get(charts));
        assertTrue(LAST.matcher(lines.get(lines.size() - 1)).matches(), r.out());
    }

    @Test
    void withoutChartsThereIsNoChartsLine(@TempDir Path tmp) {
        Cli r = Cli.run("bench", "--size", "1", "--threads", "1",
                "--samples", Path.of("..", "samples").toString(), "--corpus", tmp.resolve("corpus").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("charts")), r.out());
    }

    @Test
    void warmupRunsFirstAndIsReportedApartFromTheMeasuredRun(@TempDir Path tmp) {
        Path corpus = tmp.resolve("corpus");
        Cli r = Cli.run("bench", "--size", "1", "--warmup", "1", "--threads", "1",
                "--samples", Path.of("..", "samples").toString(), "--corpus", corpus.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int warm = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("warmup: \\d+ documents, [0-9.]+ MB in [0-9.]+ s wall \\(not counted below\\)")) warm = i;
            if (lines.get(i).startsWith("end_to_end: ")) end = i;
        }
        assertTrue(warm >= 0 && end > warm, "warm-up line before the measured run in\n" + r.out());
        assertTrue(LAST.matcher(lines.get(lines.size() - 1)).matches(), r.out());
    }

    @Test
    void negativeWarmupIsAUsageError() {
        Cli r = Cli.run("bench", "--size", "1", "--warmup", "-1");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--warmup"), r.err());
    }

    @Test
    void bootstrapReplicatesWithAnalyticIntervalIsAUsageError() {
        Cli r = Cli.run("bench", "--size", "1", "--interval", "analytic", "--bootstrap", "100");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--interval is analytic"), r.err());
    }

    @Test
    void sizeBelowOneMegabyteIsAUsageError() {
        Cli r = Cli.run("bench", "--size", "0");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--size"), r.err());
    }
}
