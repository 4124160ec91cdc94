package org.policylens.rules.match;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for messages: Locale-independent, at most 6 decimals, no trailing zeros. */
final class Fmt {
    private Fmt() {
    }

    static String num(double d) {
        BigDecimal b = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
