package org.policylens.rules.match;

/** An occurrence of an automaton key in the unit text. */
record Span(int start, int end, String key) {
    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
