package org.policylens.analysis.output;

import org.policylens.analysis.stats.StatsFormat;

/**
 * Number formatting of every output file — the stats package's rule ({@link StatsFormat}: no exponent,
 * six decimals from 1 up, six significant digits below, NaN as an empty cell) with a fast path for values
 * that are whole or have at most three decimals (rule weights, scores, intensities: most cells of
 * {@code units.csv} and {@code evidence.csv}), which both rules print the same way.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        double milli = d * 1000;
        if (Math.abs(d) < 1e9 && milli == Math.rint(milli)) return thousandths((long) milli);
        return StatsFormat.number(d);
    }

    /** Appends {@link #format(double)} of {@code d} to {@code out} (digits straight into the buffer on the fast path). */
    public static void append(CsvBytes out, double d) {
        if (d == 0) { // most scores: what the branch below prints for 0.0 and -0.0 ((long) -0.0 is 0)
            out.ascii('0');
            return;
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.number((long) d);
            return;
        }
        double milli = d * 1000;
        if (Math.abs(d) < 1e9 && milli == Math.rint(milli)) {
            long k = (long) milli;
            if (k < 0) {
                out.ascii('-');
                k = -k;
            }
            out.number(k / 1000).ascii('.');
            int frac = (int) (k % 1000);
            out.ascii((char) ('0' + frac / 100));
            if (frac % 100 != 0) {
                out.ascii((char) ('0' + frac / 10 % 10));
                if (frac % 10 != 0) out.ascii((char) ('0' + frac % 10));
            }
            return;
        }
        FastDecimal.append(out, d);
    }

    /** {@code k/1000} as a plain decimal with trailing zeros stripped ({@code k} not a multiple of 1000). */
    private static String thousandths(long k) {
        StringBuilder sb = new StringBuilder(16);
        if (k < 0) {
            sb.append('-');
            k = -k;
        }
        sb.append(k / 1000).append('.');
        int frac = (int) (k % 1000);
        sb.append((char) ('0' + frac / 100));
        if (frac % 100 != 0) {
            sb.append((char) ('0' + frac / 10 % 10));
            if (frac % 10 != 0) sb.append((char) ('0' + frac % 10));
        }
        return sb.toString();
    }
}
