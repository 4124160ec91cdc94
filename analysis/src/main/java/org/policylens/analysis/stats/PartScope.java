package org.policylens.analysis.stats;

import java.util.Locale;

/** The parts measures are reported for: the whole document, the review part, the plan part. */
public enum PartScope {
    ALL, REVIEW, PLAN;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** Output name: {@code all}, {@code review}, {@code plan}. */
    public String id() {
        return id;
    }

    /** Whether a unit of the given part ({@code review|plan|other}) belongs to this scope. */
    public boolean includes(String unitPart) {
        return this == ALL || id().equals(unitPart);
    }
}
