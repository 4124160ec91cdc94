package org.policylens.rules.match;

/** A raw match before exclusions and nesting: rule index and span in the unit text. */
record Candidate(int rule, int start, int end) {
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
