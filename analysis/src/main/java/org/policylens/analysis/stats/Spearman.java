package org.policylens.analysis.stats;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/** Spearman's rho: Pearson correlation of the ranks, ties given their average rank (R's default). */
final class Spearman {
    private Spearman() {
    }

    /** NaN when fewer than 2 points or when either ranking is constant. */
    static double rho(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("lengths differ");
        if (a.length < 2 || constant(a) || constant(b)) return Double.NaN;
        return new SpearmansCorrelation().correlation(a, b);
    }

    private static boolean constant(double[] x) {
        for (double v : x) if (v != x[0]) return false;
        return true;
    }
}
