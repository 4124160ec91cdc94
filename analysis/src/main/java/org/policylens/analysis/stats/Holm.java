package org.policylens.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values (R: {@code p.adjust(p, "holm")}); the one implementation used by the
 * statistics and by the report. NaN (a test that could not be made) stays NaN and is not counted in m.
 */
public final class Holm {
    private Holm() {
    }

    /**
     * With the m non-NaN p sorted ascending as p(1) ≤ ... ≤ p(m): adj(i) = max over j ≤ i of min(1, (m - j + 1) p(j)),
     * returned in the input order. Ties keep input order (the result does not depend on it).
     */
    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            if (!Double.isNaN(p[i])) m++;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY : p[i])
                .thenComparingInt(i -> i));
        double[] adj = new double[p.length];
        Arrays.fill(adj, Double.NaN);
        double running = 0;
        for (int r = 0; r < m; r++) {
            int i = order[r];
            running = Math.max(running, Math.min(1, (m - r) * p[i]));
            adj[i] = running;
        }
        return adj;
    }
}
