package org.policylens.analysis.bench;

import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.Classifier;
import org.policylens.rules.RulePack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Classification throughput on a folder of .txt reports (read and split into units by ingest up front;
 * only {@code classify} is timed). Single thread; one warm-up pass, then the best of three passes, in wall-clock
 * time and in the thread's CPU time (the fairer figure on a shared machine).
 *
 * <pre>java -cp analysis/target/policylens.jar org.policylens.analysis.bench.ClassifyThroughput samples [PACK]</pre>
 */
public final class ClassifyThroughput {

    private ClassifyThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        RulePack pack = RulePack.resolve(args.length > 1 ? args[1] : RulePack.DEFAULT);
        List<Unit> units = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                units.addAll(Ingest.read(f, IngestOptions.DEFAULT).units());
            }
        }
        long chars = units.stream().mapToLong(u -> u.norm().length()).sum();
        Classifier c = pack.classifier();
        long sink = 0;
        for (Unit u : units) sink += c.classify(u.norm(), u.section()).themes().size();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (Unit u : units) sink += c.classify(u.norm(), u.section()).themes().size();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "pack %s %s: %d units, %d chars; best of 3: wall %.3f s = %.0f units/s, %.0f chars/s;"
                        + " thread CPU %.3f s = %.0f units/s, %.0f chars/s (%d)%n",
                pack.name(), pack.version(), units.size(), chars, best, units.size() / best, chars / best,
                bestCpu, units.size() / bestCpu, chars / bestCpu, sink % 10);
    }
}
