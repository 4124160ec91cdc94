package org.policylens.analysis.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting for command output: Locale.ROOT, no exponent. */
final class Num {
    private Num() {
    }

    /** Up to 6 decimals, trailing zeros dropped ({@code 2}, {@code 0.5}). */
    static String plain(double d) {
        BigDecimal b = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** Exactly three decimals ({@code 0.917}). */
    static String three(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
