package org.policylens.analysis.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting of every output file: Locale-free, six significant digits, never an exponent,
 * trailing zeros stripped, NaN as an empty cell (the same rule as the stats package's StatsFormat).
 */
public final class Numbers {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /** {@code 3} → "3", {@code 0.1234567} → "0.123457", {@code 1234567.8} → "1234570", NaN → "". */
    public static String format(double d) {
        if (Double.isNaN(d)) return "";
        if (Double.isInfinite(d)) throw new IllegalArgumentException("infinite value");
        if (d == 0) return "0";
        if (d == Math.rint(d) && Math.abs(d) < 100_000) return Long.toString((long) d); // fast path, exact
        return new BigDecimal(d).round(SIX).stripTrailingZeros().toPlainString();
    }

    public static String format(long n) {
        return Long.toString(n);
    }
}
