package org.policylens.analysis.report;

import java.util.Arrays;
import java.util.Comparator;

/** Holm–Bonferroni step-down adjustment of a family of p-values (NaN stays NaN and is not counted). */
final class Holm {
    private Holm() {
    }

    static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            if (!Double.isNaN(p[i])) {
                m++;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY : p[i])
                .thenComparingInt(i -> i));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int k = 0; k < m; k++) {
            int i = order[k];
            running = Math.max(running, Math.min(1.0, (m - k) * p[i]));
            out[i] = running;
        }
        return out;
    }
}
