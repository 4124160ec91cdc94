package org.policylens.rules.match;

/** A raw match before exclusions and nesting: rule index and span in the unit text. */
record Candidate(int rule, int start, int end) {

    /** By start, then end, then rule index. (Classes, not lambdas: no class spun at start-up.) */
    static final java.util.Comparator<Candidate> BY_POSITION = new ByPosition();

    /** Longest first, then by start, then rule index. */
    static final java.util.Comparator<Candidate> LONGEST_FIRST = new LongestFirst();

    private static final class ByPosition implements java.util.Comparator<Candidate> {
        @Override
        public int compare(Candidate a, Candidate b) {
            return a.start != b.start ? Integer.compare(a.start, b.start)
                    : a.end != b.end ? Integer.compare(a.end, b.end) : Integer.compare(a.rule, b.rule);
        }
    }

    private static final class LongestFirst implements java.util.Comparator<Candidate> {
        @Override
        public int compare(Candidate a, Candidate b) {
            return a.length() != b.length() ? Integer.compare(b.length(), a.length())
                    : a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.rule, b.rule);
        }
    }

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
