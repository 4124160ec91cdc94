package org.policylens.rules.match;

/** A raw match before exclusions and nesting: rule index and span in the unit text. */
record Candidate(int rule, int start, int end) {

    /** By start, then end, then rule index. */
    static final java.util.Comparator<Candidate> BY_POSITION = (a, b) -> a.start != b.start ? Integer.compare(a.start, b.start)
            : a.end != b.end ? Integer.compare(a.end, b.end) : Integer.compare(a.rule, b.rule);

    /** Longest first, then by start, then rule index. */
    static final java.util.Comparator<Candidate> LONGEST_FIRST = (a, b) -> a.length() != b.length()
            ? Integer.compare(b.length(), a.length())
            : a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.rule, b.rule);

    int length() {
        return end - start;
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    boolean inside(Candidate o) {
        return o.start <= start && end <= o.end;
    }
}
