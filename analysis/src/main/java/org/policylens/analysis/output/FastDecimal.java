package org.policylens.analysis.output;

import org.policylens.analysis.stats.StatsFormat;

/**
 * {@link StatsFormat#number(double)} without {@code BigDecimal} for the common case: six decimals from 1 up,
 * six significant digits below, trailing zeros stripped, computed in {@code double} arithmetic and written
 * straight into a {@link CsvBytes}. The scaled value is rounded only when the double product is certainly on the
 * same side of the rounding midpoint as the exact decimal value of {@code x}; in any doubt (near a midpoint or a
 * power of ten, very large or very small values, NaN, infinity) it hands over to {@code StatsFormat}, so the
 * result is always the same text.
 */
final class FastDecimal {

    private static final double[] POW10 = new double[23];
    /** How close (in units of the scaled value) to a rounding midpoint or a boundary counts as doubtful. */
    private static final double MARGIN = 1e-6;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p; // exact: 10^i is a double for i <= 22
            p *= 10;
        }
    }

    private FastDecimal() {
    }

    static void append(CsvBytes out, double x) {
        double a = Math.abs(x);
        if (!(a >= 1e-15 && a < 1e7)) { // NaN, 0, infinities and the extremes
            out.text(StatsFormat.number(x));
            return;
        }
        int k; // a * 10^k is rounded to an integer r, and the result is r * 10^-k
        double s;
        if (a >= 1) {
            k = 6;
            s = a * POW10[6];
        } else {
            k = 5 - (int) Math.floor(Math.log10(a));
            if (k < 6) k = 6;
            s = a * POW10[k];
            if (s >= 1e6) s = a * POW10[--k];
            else if (s < 1e5) s = a * POW10[++k];
            if (k > 22 || s < 1e5 * (1 + MARGIN) || s > 1e6 * (1 - MARGIN)) { // near a power of ten
                out.text(StatsFormat.number(x));
                return;
            }
        }
        double floor = Math.floor(s);
        double frac = s - floor; // exact
        if (Math.abs(frac - 0.5) < MARGIN + 4 * Math.ulp(s)) { // near a midpoint: the exact value decides
            out.text(StatsFormat.number(x));
            return;
        }
        long r = (long) floor + (frac > 0.5 ? 1 : 0);
        while (k > 0 && r % 10 == 0) {
            r /= 10;
            k--;
        }
        if (x < 0) out.ascii('-');
        if (k == 0) {
            out.number(r);
            return;
        }
        int digits = digits(r);
        if (k >= digits) { // 0.000123
            out.ascii('0').ascii('.');
            for (int i = digits; i < k; i++) out.ascii('0');
            out.number(r);
            return;
        }
        long scale = (long) POW10[k]; // k < digits <= 13
        long f = r % scale;
        out.number(r / scale).ascii('.');
        for (int i = digits(f); i < k; i++) out.ascii('0');
        out.number(f);
    }

    private static int digits(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }
}
