package org.policylens.analysis.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting for output cells, as the contract asks: Locale-independent, at most 6 significant
 * digits, never an exponent, trailing zeros stripped, and an empty cell for "not applicable" (NaN).
 */
public final class StatsFormat {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    private StatsFormat() {
    }

    /** {@code 0.1234567 -> "0.123457"}, {@code 1e-12 -> "0.000000000001"}, {@code NaN -> ""}, {@code 3.0 -> "3"}. */
    public static String number(double x) {
        if (Double.isNaN(x)) return "";
        if (Double.isInfinite(x)) throw new IllegalArgumentException("infinite value cannot be written: " + x);
        if (x == 0) return "0";
        String s = new BigDecimal(x).round(SIX).stripTrailingZeros().toPlainString();
        return s;
    }

    /** Integers print as they are. */
    public static String number(long x) {
        return Long.toString(x);
    }
}
