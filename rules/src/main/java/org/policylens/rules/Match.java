package org.policylens.rules;

import java.util.Objects;

/**
 * One piece of evidence: a rule matched {@code text} at {@code [start, end)} of the classified text.
 *
 * @param ruleId rule id, unique in the pack
 * @param theme  theme the rule belongs to
 * @param start  start offset in the classified (normalised) text, inclusive
 * @param end    end offset, exclusive
 * @param text   the matched slice of the classified text
 * @param weight the rule's weight
 */
public record Match(String ruleId, String theme, int start, int end, String text, double weight) {
    public Match {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad match offsets [" + start + ", " + end + ")");
        if (text.length() != end - start) throw new IllegalArgumentException("match text length != end - start");
        if (!Double.isFinite(weight)) throw new IllegalArgumentException("weight must be finite");
    }

    /** Number of chars matched. */
    public int length() {
        return end - start;
    }

    /** Whether this match lies within {@code [s, e)}. */
    public boolean inside(int s, int e) {
        return s <= start && end <= e;
    }

    /** Whether this match shares at least one char with {@code [s, e)}. */
    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
