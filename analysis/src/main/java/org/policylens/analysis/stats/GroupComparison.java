package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pools document summaries by one group variable and runs the tests across the groups. Immutable and
 * thread-safe; output order is deterministic (groups sorted by value, numbers before text where the values
 * are integers, themes in {@link ThemeSet} order).
 */
public final class GroupComparison {
    private final ThemeSet themes;
    private final StatsOptions options;

    public GroupComparison(ThemeSet themes, StatsOptions options) {
        this.themes = Objects.requireNonNull(themes, "themes");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param groupBy name of the group variable (e.g. {@code city}); written into every row
     * @param members one entry per document; the order does not matter
     */
    public GroupResults compare(String groupBy, List<GroupMember> members) {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(members, "members");
        GroupPool pool = new GroupPool(themes, members);
        List<String> notes = new ArrayList<>();
        if (pool.groups.isEmpty()) notes.add(groupBy + ": no documents: no groups and no tests");
        else if (pool.groups.size() == 1) notes.add(groupBy + ": single group (" + pool.groups.get(0)
                + "): no chi-square, pairwise, JSD or robustness test");
        else if (pool.groups.size() < RobustnessTests.MIN_GROUPS)
            notes.add(groupBy + ": fewer than " + RobustnessTests.MIN_GROUPS + " groups: no robustness check");
        List<MeasureRow> groupRows = GroupMeasures.rows(groupBy, pool, options);
        List<ChiSquareRow> chi = new ArrayList<>();
        List<ResidualRow> residuals = new ArrayList<>();
        List<PairwiseRow> pairwise = new ArrayList<>();
        List<JsdRow> jsd = new ArrayList<>();
        List<TrendRow> trend = new ArrayList<>();
        List<RobustnessRow> robustness = new ArrayList<>();
        TableTests table = new TableTests(groupBy, pool, options.includeNoneInChiSquare(), notes);
        if (!pool.groups.isEmpty()) {
            for (PartScope scope : PartScope.values()) {
                table.chiSquare(scope, chi, residuals);
                PairwiseTests.run(groupBy, pool, scope, pairwise, notes);
                table.jsd(scope, jsd);
                RobustnessTests.run(groupBy, pool, scope, robustness, notes);
            }
            TrendTests.run(groupBy, pool, trend, notes);
        }
        return new GroupResults(groupBy, groupRows, chi, residuals, pairwise, jsd, trend, robustness, notes);
    }
}
