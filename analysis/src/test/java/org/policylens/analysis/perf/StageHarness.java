package org.policylens.analysis.perf;

import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.pipeline.DocumentResult;
import org.policylens.analysis.pipeline.ReportAnalyzer;
import org.policylens.analysis.pipeline.StageClock;
import org.policylens.analysis.stats.StatsOptions;
import org.policylens.rules.RulePack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measuring tool (not a test): the worker's steady-state CPU per stage ({@link ReportAnalyzer} with a
 * {@link StageClock}: read, classify, stats, row formatting), on one thread, without the JIT's warm-up or the
 * writer. Each round runs every sample 10 times; prints each stage's best round in ns per character.
 * <pre>
 * CP=analysis/target/test-classes:analysis/target/policylens.jar
 * java -Xmx1g -cp $CP org.policylens.analysis.perf.StageHarness samples 12
 * </pre>
 * The machine is shared: alternate A/B runs and compare best rounds.
 */
public final class StageHarness {

    private StageHarness() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        ReportAnalyzer analyzer = new ReportAnalyzer(RulePack.builtin(), IngestOptions.DEFAULT, StatsOptions.DEFAULT);
        List<CorpusEntry> entries = new ArrayList<>();
        for (Path f : files) {
            String id = f.getFileName().toString().replace(".txt", "");
            entries.add(new CorpusEntry(f, f.toString(), id, List.of(id)));
        }
        StageClock.Stage[] stages = StageClock.Stage.values();
        double[] best = new double[stages.length];
        double[] bytes = new double[stages.length];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        long chars = 0;
        for (int r = 0; r < rounds; r++) {
            StageClock clock = new StageClock();
            chars = 0;
            for (int k = 0; k < 10; k++) {
                for (CorpusEntry e : entries) {
                    DocumentResult d = (DocumentResult) analyzer.analyze(e, clock);
                    chars += d.chars();
                    d.unitsRows().release(); // as the writer does once it has copied them
                    d.evidenceRows().release();
                }
            }
            for (int i = 0; i < stages.length; i++) {
                best[i] = Math.min(best[i], clock.seconds(stages[i]));
                bytes[i] = clock.bytesAllocated(stages[i]) / (double) chars;
            }
        }
        StringBuilder sb = new StringBuilder("best of " + rounds + " rounds, ns per char:");
        for (int i = 0; i < stages.length; i++)
            sb.append(String.format(Locale.ROOT, " %s %.1f", stages[i].id(), best[i] * 1e9 / chars));
        sb.append(" | bytes allocated per char:");
        for (int i = 0; i < stages.length; i++) sb.append(String.format(Locale.ROOT, " %s %.1f", stages[i].id(), bytes[i]));
        System.out.println(sb);
    }
}
