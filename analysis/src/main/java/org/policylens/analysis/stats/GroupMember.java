package org.policylens.analysis.stats;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One document as a member of a group, for {@link GroupComparison#compare}.
 *
 * @param group   the group value (e.g. the document's city)
 * @param year    the document's year when known (used for trends), else empty
 * @param summary the document's summary from {@link EmphasisStats#document}
 */
public record GroupMember(String group, OptionalInt year, DocumentSummary summary) {

    public GroupMember {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(summary, "summary");
    }
}
