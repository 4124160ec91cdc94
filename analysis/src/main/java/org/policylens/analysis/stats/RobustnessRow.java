package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * Spearman rank correlation between the group rankings of one theme under two normalisations
 * ({@code tests_robustness.csv}); {@code n} = groups ranked. Needs at least 3 groups; when one ranking is
 * constant, rho is NaN and {@code note} says so.
 */
public record RobustnessRow(String groupBy, String part, String theme, Measure measureA, Measure measureB,
                            double spearmanRho, int n, String note) {

    public RobustnessRow {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(measureA, "measureA");
        Objects.requireNonNull(measureB, "measureB");
        Objects.requireNonNull(note, "note");
        if (Double.isNaN(spearmanRho) && note.isEmpty()) throw new IllegalArgumentException("missing rho needs a note");
    }

    public static List<String> header() {
        return List.of("group_by", "part", "theme", "measure_a", "measure_b", "spearman_rho", "n");
    }

    public List<String> cells() {
        return List.of(groupBy, part, theme, measureA.id(), measureB.id(), StatsFormat.number(spearmanRho),
                Integer.toString(n));
    }
}
