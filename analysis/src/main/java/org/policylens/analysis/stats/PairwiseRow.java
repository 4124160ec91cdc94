package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * One theme's units_primary_share compared between two groups ({@code tests_pairwise.csv}).
 * {@code test} is {@code z} (two-proportion z-test, pooled variance, no continuity correction; statistic = z)
 * or {@code fisher} (two-sided Fisher exact test when an expected count is below 5; statistic NaN, since
 * the exact test has none). {@code pHolm} is Holm-adjusted over all comparisons of the same group variable
 * and part; {@code significant} = {@code pHolm < 0.05}.
 */
public record PairwiseRow(String groupBy, String part, String theme, String groupA, String groupB, double shareA,
                          double shareB, String test, double statistic, double p, double pHolm, boolean significant) {

    public static final String Z = "z";
    public static final String FISHER = "fisher";

    public PairwiseRow {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(groupA, "groupA");
        Objects.requireNonNull(groupB, "groupB");
        if (!Z.equals(test) && !FISHER.equals(test)) throw new IllegalArgumentException("test must be z or fisher: " + test);
    }

    public static List<String> header() {
        return List.of("group_by", "part", "theme", "group_a", "group_b", "share_a", "share_b", "test", "statistic",
                "p", "p_holm", "significant");
    }

    public List<String> cells() {
        return List.of(groupBy, part, theme, groupA, groupB, StatsFormat.number(shareA), StatsFormat.number(shareB),
                test, StatsFormat.number(statistic), StatsFormat.number(p), StatsFormat.number(pHolm),
                Boolean.toString(significant));
    }
}
