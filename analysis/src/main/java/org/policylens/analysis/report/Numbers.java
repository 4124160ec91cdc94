package org.policylens.analysis.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for the report's sentences and tables (Locale.ROOT, deterministic). */
final class Numbers {
    private Numbers() {
    }

    /** "p < 0.001", "p < 0.01", else two significant digits: "p = 0.032". */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "p not available";
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        if (p < 0.01) {
            return "p < 0.01";
        }
        return "p = " + sig(p, 2);
    }

    /** A share in [0,1] as a percentage with one decimal: 0.2667 → "26.7%". */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** With sign: +3.1 / −2.4 (one decimal). */
    static String signed(double x) {
        String s = String.format(Locale.ROOT, "%.1f", Math.abs(x));
        return (x < 0 ? "\u2212" : "+") + s;
    }

    /** Up to {@code digits} significant digits, plain notation, trailing zeros removed. */
    static String sig(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "n/a";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(digits));
        String s = d.stripTrailingZeros().toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** Fixed decimals, e.g. statistic values. */
    static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
