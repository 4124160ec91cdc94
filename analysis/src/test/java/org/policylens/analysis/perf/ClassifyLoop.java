package org.policylens.analysis.perf;

import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.Classifier;
import org.policylens.rules.RulePack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measuring tool (not a test): classifies every sample unit, round after round, for a profiler to sample the
 * classifier alone. Prints each round's thread CPU and bytes allocated per normalised char.
 * <pre>
 * java -XX:StartFlightRecording=filename=c.jfr,settings=profile -cp $CP org.policylens.analysis.perf.ClassifyLoop samples 40
 * </pre>
 */
public final class ClassifyLoop {

    private ClassifyLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        List<Unit> units = SampleUnits.read(dir);
        long chars = units.stream().mapToLong(u -> u.norm().length()).sum();
        Classifier c = RulePack.builtin().classifier();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long a0 = mx.getCurrentThreadAllocatedBytes();
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 3; k++) {
                for (Unit u : units) sink += c.classify(u.norm(), u.section()).themes().size();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            long a1 = mx.getCurrentThreadAllocatedBytes();
            double ns = (t1 - t0) / (3.0 * chars);
            best = Math.min(best, ns);
            if (r == rounds - 1 || r % 10 == 0)
                System.out.printf(Locale.ROOT, "round %d: %.1f ns/char, %.1f bytes/char%n", r, ns, (a1 - a0) / (3.0 * chars));
        }
        System.out.printf(Locale.ROOT, "best %.1f ns per norm char = %.2f M chars/s (%d)%n", best, 1e3 / best, sink % 10);
    }
}
