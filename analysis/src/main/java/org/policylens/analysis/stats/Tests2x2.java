package org.policylens.analysis.stats;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/** Two-sample proportion tests on a 2×2 table {@code [[a, b], [c, d]]} (rows = groups, columns = yes/no). */
final class Tests2x2 {
    private Tests2x2() {
    }

    /** Two-sided p of a standard normal statistic: {@code erfc(|z|/√2)} (accurate far in the tail). */
    static double normalTwoSidedP(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** Pooled two-proportion z = (p1 - p2) / sqrt(p(1-p)(1/n1 + 1/n2)); NaN when p is 0 or 1. */
    static double zStatistic(long x1, long n1, long x2, long n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double p = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
        return se == 0 ? Double.NaN : (p1 - p2) / se;
    }

    /** Smallest expected count of the 2×2 table under independence. */
    static double minExpected(long x1, long n1, long x2, long n2) {
        double total = n1 + n2;
        long yes = x1 + x2;
        long no = total > 0 ? (long) total - yes : 0;
        double m = Double.POSITIVE_INFINITY;
        for (long row : new long[] {n1, n2})
            for (long col : new long[] {yes, no})
                m = Math.min(m, row * (double) col / total);
        return m;
    }

    /**
     * Two-sided Fisher exact p for {@code [[a, b], [c, d]]}: the sum of hypergeometric probabilities of all
     * tables with the same margins that are no more likely than the observed one (relative tolerance 1e-7, as
     * R's {@code fisher.test}).
     */
    static double fisherTwoSided(long a, long b, long c, long d) {
        long r1 = a + b, c1 = a + c, n = a + b + c + d;
        long lo = Math.max(0, r1 + c1 - n), hi = Math.min(r1, c1);
        double logObs = logHyper(a, r1, c1, n);
        double limit = logObs + Math.log1p(1e-7);
        double p = 0;
        for (long x = lo; x <= hi; x++) {
            double l = logHyper(x, r1, c1, n);
            if (l <= limit) p += Math.exp(l - logObs);
        }
        return Math.min(1, p * Math.exp(logObs));
    }

    /** log P(X = x), X hypergeometric: choose(c1, x) choose(n - c1, r1 - x) / choose(n, r1). */
    private static double logHyper(long x, long r1, long c1, long n) {
        return logChoose(c1, x) + logChoose(n - c1, r1 - x) - logChoose(n, r1);
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(long n) {
        return Gamma.logGamma(n + 1.0);
    }
}
