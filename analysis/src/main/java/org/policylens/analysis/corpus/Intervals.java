package org.policylens.analysis.corpus;

/** 95% intervals used by the panel. */
final class Intervals {

    private static final double Z = 1.959963984540054;

    private Intervals() {
    }

    /** Wilson score interval for k successes out of n; {@code {NaN, NaN}} when n is 0. */
    static double[] wilson(long k, long n) {
        if (n <= 0) return new double[]{Double.NaN, Double.NaN};
        double p = (double) k / n;
        double z2 = Z * Z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** The 2.5% and 97.5% percentiles of {@code values} (sorted in place), ignoring NaN. */
    static double[] percentile95(double[] values) {
        java.util.Arrays.sort(values); // NaN sorts last
        int n = 0;
        while (n < values.length && !Double.isNaN(values[n])) n++;
        if (n == 0) return new double[]{Double.NaN, Double.NaN};
        return new double[]{at(values, n, 0.025), at(values, n, 0.975)};
    }

    private static double at(double[] sorted, int n, double q) {
        double pos = q * (n - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(n - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
