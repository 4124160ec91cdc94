package org.policylens.rules.match;

/** An occurrence of an automaton key in the unit text. */
record Span(int start, int end) {
    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    /** The key as it occurs in {@code text}. */
    String key(String text) {
        return text.substring(start, end);
    }
}
