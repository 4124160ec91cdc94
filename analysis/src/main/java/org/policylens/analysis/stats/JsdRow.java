package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * Jensen–Shannon distance (base 2, square root of the divergence, in [0, 1]) between the primary-theme
 * profiles of two groups ({@code tests_jsd.csv}). Pairs where a group has no labelled unit are left out
 * (see {@link GroupResults#notes()}).
 */
public record JsdRow(String groupBy, String part, String groupA, String groupB, double distance) {

    public JsdRow {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(groupA, "groupA");
        Objects.requireNonNull(groupB, "groupB");
        if (!(distance >= 0 && distance <= 1 + 1e-12)) throw new IllegalArgumentException("distance out of [0,1]: " + distance);
    }

    public static List<String> header() {
        return List.of("group_by", "part", "group_a", "group_b", "distance");
    }

    public List<String> cells() {
        return List.of(groupBy, part, groupA, groupB, StatsFormat.number(distance));
    }
}
