package org.policylens.analysis.stats;

/** Jensen–Shannon distance between two count profiles, base-2 logarithms, in [0, 1]. */
final class JensenShannon {
    private JensenShannon() {
    }

    /**
     * P = a / sum(a), Q = b / sum(b), M = (P + Q) / 2, JSD = KL(P‖M)/2 + KL(Q‖M)/2 (0·log 0 = 0),
     * distance = sqrt(JSD). NaN when either profile sums to 0.
     */
    static double distance(long[] a, long[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("profiles differ in length");
        double sa = 0, sb = 0;
        for (int i = 0; i < a.length; i++) {
            sa += a[i];
            sb += b[i];
        }
        if (sa == 0 || sb == 0) return Double.NaN;
        double js = 0;
        for (int i = 0; i < a.length; i++) {
            double p = a[i] / sa, q = b[i] / sb, m = (p + q) / 2;
            if (p > 0) js += 0.5 * p * log2(p / m);
            if (q > 0) js += 0.5 * q * log2(q / m);
        }
        return Math.sqrt(Math.min(1, Math.max(0, js)));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
