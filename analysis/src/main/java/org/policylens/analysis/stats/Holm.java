package org.policylens.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down adjustment of p-values (R: {@code p.adjust(p, "holm")}). */
final class Holm {
    private Holm() {
    }

    /**
     * With p sorted ascending as p(1) ≤ ... ≤ p(m): adj(i) = max over j ≤ i of min(1, (m - j + 1) p(j)),
     * returned in the input order. Ties keep input order (the result does not depend on it).
     */
    static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
        double[] adj = new double[m];
        double running = 0;
        for (int r = 0; r < m; r++) {
            int i = order[r];
            running = Math.max(running, Math.min(1, (m - r) * p[i]));
            adj[i] = running;
        }
        return adj;
    }
}
