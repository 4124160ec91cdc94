package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * One cell of the chi-square table ({@code tests_residuals.csv}): observed and expected primary-theme
 * counts, the adjusted standardised residual and its two-sided normal p (not corrected for multiplicity).
 */
public record ResidualRow(String groupBy, String part, String group, String theme, long observed, double expected,
                          double residual, double p) {

    public ResidualRow {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(theme, "theme");
    }

    public static List<String> header() {
        return List.of("group_by", "part", "group", "theme", "observed", "expected", "residual", "p");
    }

    public List<String> cells() {
        return List.of(groupBy, part, group, theme, Long.toString(observed), StatsFormat.number(expected),
                StatsFormat.number(residual), StatsFormat.number(p));
    }
}
