package org.policylens.analysis.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting of every output file: Locale-free, no exponent, at most six decimals, NaN as empty. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code 3} → "3", {@code 0.1234567} → "0.123457", {@code 1e-9} → "0", NaN → "". */
    public static String format(double d) {
        if (Double.isNaN(d)) return "";
        if (Double.isInfinite(d)) throw new IllegalArgumentException("infinite value");
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        BigDecimal b = new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) return "0";
        return b.toPlainString();
    }

    public static String format(long n) {
        return Long.toString(n);
    }
}
