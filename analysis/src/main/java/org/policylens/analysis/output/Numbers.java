package org.policylens.analysis.output;

import org.policylens.analysis.stats.StatsFormat;

/**
 * Number formatting of every output file — the stats package's rule ({@link StatsFormat}: no exponent,
 * six decimals from 1 up, six significant digits below, NaN as an empty cell) with a fast path for the
 * whole numbers that make up most cells of {@code units.csv} and {@code evidence.csv}.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return StatsFormat.number(d);
    }
}
