package org.policylens.analysis.stats;

/** A two-sided interval; NaN bounds mean "no interval" (package-private helper value). */
record Interval(double lower, double upper) {
    static final Interval NONE = new Interval(Double.NaN, Double.NaN);
}
