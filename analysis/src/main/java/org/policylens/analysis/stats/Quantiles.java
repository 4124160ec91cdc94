package org.policylens.analysis.stats;

import java.util.Arrays;

/** Sample quantiles, R's default (type 7: linear interpolation between order statistics). */
final class Quantiles {
    private Quantiles() {
    }

    /** Percentile interval {@code [q(alpha/2), q(1-alpha/2)]} of the first {@code n} values (sorted in place). */
    static Interval percentile(double[] values, int n, double alpha) {
        if (n == 0) return Interval.NONE;
        Arrays.sort(values, 0, n);
        return new Interval(type7(values, n, alpha / 2), type7(values, n, 1 - alpha / 2));
    }

    /** Type-7 quantile of sorted {@code x[0..n)}: h = (n-1)p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). */
    static double type7(double[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
