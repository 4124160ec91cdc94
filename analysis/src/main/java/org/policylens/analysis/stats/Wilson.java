package org.policylens.analysis.stats;

/** Wilson score interval for a binomial proportion (no continuity correction). */
final class Wilson {
    /** Standard normal 0.975 quantile (R: {@code qnorm(0.975)}). */
    static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /**
     * {@code (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)} with {@code p = k/n}; {@link Interval#NONE}
     * when {@code n == 0}.
     */
    static Interval interval(long k, long n) {
        if (k < 0 || k > n) throw new IllegalArgumentException("need 0 <= k <= n: k=" + k + ", n=" + n);
        if (n == 0) return Interval.NONE;
        double z2 = Z95 * Z95;
        double p = (double) k / n;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
