package org.policylens.analysis.stats;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: measures the CPU cost of {@link EmphasisStats#document} on a synthetic document, with the
 * bootstrap (default here; it dominates the cost) or the analytic interval (third argument {@code analytic}). Run after {@code ./mvnw -B -q -o -pl analysis -am test-compile}:
 * <pre>java -cp analysis/target/test-classes:analysis/target/classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *   org.policylens.analysis.stats.BootstrapCost 1000 100 [analytic]</pre>
 * (arguments: units per document, documents timed, interval method).
 */
public final class BootstrapCost {
    private BootstrapCost() {
    }

    public static void main(String[] args) {
        int units = Integer.parseInt(args[0]);
        int docs = Integer.parseInt(args[1]);
        IntervalMethod method = args.length > 2 ? IntervalMethod.of(args[2]) : IntervalMethod.BOOTSTRAP;
        EmphasisStats stats = new EmphasisStats(Observations.THEMES, StatsOptions.DEFAULT.withInterval(method));
        List<UnitObservation> doc = EmphasisStatsTest.bigDocument(units, 0);
        for (int w = 0; w < 5; w++) stats.document("warm" + w, doc);
        var mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        for (int d = 0; d < docs; d++) stats.document("d" + d, doc);
        double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / docs;
        if (method == IntervalMethod.ANALYTIC) {
            System.out.printf(Locale.ROOT, "units=%d analytic: %.3f ms CPU per document, %.1f ns per unit%n", units, ms,
                    ms * 1e6 / units);
            return;
        }
        int b = StatsOptions.DEFAULT.replicatesFor(units);
        System.out.printf(Locale.ROOT, "units=%d B=%d: %.2f ms CPU per document, %.1f ns per draw%n", units, b, ms,
                ms * 1e6 / ((double) units * b));
    }
}
