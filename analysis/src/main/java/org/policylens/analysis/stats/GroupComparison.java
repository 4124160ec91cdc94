package org.policylens.analysis.stats;

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
        throw new UnsupportedOperationException("not yet");
    }
}
