package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * Chi-square test of independence of group × primary theme, one per group variable and part
 * ({@code tests_chisq.csv}). When the test cannot run, the numbers are NaN (empty) and {@code note} says why;
 * {@code note} also lists themes or groups dropped for having no units.
 */
public record ChiSquareRow(String groupBy, String part, double statistic, int df, double p, double cramersV,
                           long n, String note) {

    public ChiSquareRow {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(note, "note");
        if (Double.isNaN(statistic) && note.isEmpty()) throw new IllegalArgumentException("missing statistic needs a note");
    }

    public static List<String> header() {
        return List.of("group_by", "part", "statistic", "df", "p", "cramers_v", "n", "note");
    }

    public List<String> cells() {
        return List.of(groupBy, part, StatsFormat.number(statistic), Double.isNaN(statistic) ? "" : Integer.toString(df),
                StatsFormat.number(p), StatsFormat.number(cramersV), Long.toString(n), note);
    }
}
