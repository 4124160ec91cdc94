package org.policylens.analysis.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting for output cells, as the contract asks: Locale-independent, never an exponent, trailing
 * zeros stripped, an empty cell for "not applicable" (NaN). Values with |x| >= 1 keep 6 decimal places
 * ({@code 476.190476}, counts stay exact); smaller values keep 6 significant digits, so small p-values stay
 * visible ({@code 0.000149107}).
 */
public final class StatsFormat {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    private StatsFormat() {
    }

    /** {@code 0.1234567 -> "0.123457"}, {@code 1.5e-12 -> "0.0000000000015"}, {@code NaN -> ""}, {@code 3.0 -> "3"}. */
    public static String number(double x) {
        if (Double.isNaN(x)) return "";
        if (Double.isInfinite(x)) throw new IllegalArgumentException("infinite value cannot be written: " + x);
        if (x == 0) return "0";
        BigDecimal d = new BigDecimal(x);
        d = Math.abs(x) >= 1 ? d.setScale(6, RoundingMode.HALF_EVEN) : d.round(SIX);
        return d.stripTrailingZeros().toPlainString();
    }

    /** Integers print as they are. */
    public static String number(long x) {
        return Long.toString(x);
    }
}
