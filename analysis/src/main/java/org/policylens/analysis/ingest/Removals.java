package org.policylens.analysis.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the cleaning rules removed: spans of the original text with the rule that removed each.
 * Spans may overlap while rules run; {@link #toList()} merges them (the earliest-starting span's rule wins).
 */
final class Removals {
    private final TextLines lines;
    private final BitSet removedLines;
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> rules = new ArrayList<>();

    Removals(TextLines lines) {
        this.lines = lines;
        this.removedLines = new BitSet(lines.count());
    }

    TextLines lines() {
        return lines;
    }

    /** Removes the (trimmed) content of a whole line. */
    void removeLine(int line, String rule) {
        if (lines.blank(line) || removedLines.get(line)) return;
        removedLines.set(line);
        add(lines.start(line), lines.end(line), rule);
    }

    /** Removes a span of the text. Lines it covers completely count as removed. */
    void add(int start, int end, String rule) {
        if (end <= start) return;
        spans.add(new int[]{start, end});
        rules.add(rule);
    }

    boolean lineRemoved(int line) {
        return removedLines.get(line);
    }

    /** A line that is neither blank nor removed. */
    boolean live(int line) {
        return !lines.blank(line) && !removedLines.get(line);
    }

    /** Merged removals in document order. */
    List<Removal> toList() {
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> spans.get(a)[0] != spans.get(b)[0]
                ? Integer.compare(spans.get(a)[0], spans.get(b)[0])
                : Integer.compare(spans.get(b)[1], spans.get(a)[1]));
        List<Removal> out = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        String curRule = null;
        for (Integer k : order) {
            int s = spans.get(k)[0];
            int e = spans.get(k)[1];
            if (curRule != null && s < curEnd) {
                curEnd = Math.max(curEnd, e);
                continue;
            }
            if (curRule != null) out.add(removal(curStart, curEnd, curRule));
            curStart = s;
            curEnd = e;
            curRule = rules.get(k);
        }
        if (curRule != null) out.add(removal(curStart, curEnd, curRule));
        return out;
    }

    private Removal removal(int s, int e, String rule) {
        return new Removal(s, e, lines.text().substring(s, e), rule);
    }
}
