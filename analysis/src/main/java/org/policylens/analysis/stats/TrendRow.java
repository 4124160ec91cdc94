package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * OLS trend of one measure of one theme over years within one group ({@code tests_trend.csv}): the slope
 * (change per year), its 95% t interval and the two-sided p of slope = 0. One point per year (the group's
 * documents of that year pooled). Only groups with at least 3 distinct years get a row; when the fit is
 * exact (all residuals zero) p and the interval are NaN and {@code note} says so.
 */
public record TrendRow(String groupBy, String group, String part, String theme, Measure measure, int nYears,
                       double slope, double lower, double upper, double p, String note) {

    public TrendRow {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(note, "note");
        if (nYears < 3) throw new IllegalArgumentException("a trend needs >= 3 years: " + nYears);
        if (Double.isNaN(p) && note.isEmpty()) throw new IllegalArgumentException("missing p needs a note");
    }

    public static List<String> header() {
        return List.of("group_by", "group", "part", "theme", "measure", "n_years", "slope", "lower", "upper", "p");
    }

    public List<String> cells() {
        return List.of(groupBy, group, part, theme, measure.id(), Integer.toString(nYears), StatsFormat.number(slope),
                StatsFormat.number(lower), StatsFormat.number(upper), StatsFormat.number(p));
    }
}
