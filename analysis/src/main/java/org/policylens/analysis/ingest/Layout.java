package org.policylens.analysis.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the paragraphs and heading lines of a cleaned, folded text (removed characters are line breaks).
 *
 * <p>Lines are split further at runs of white space that separate paragraphs in texts without line breaks
 * (a run after a sentence end, before a heading marker, after a heading, or of two or more spaces between
 * Chinese characters). A line that ends without punctuation and is not a heading continues on the next
 * line; a heading line (a marker such as 一、 or （一） without a sentence end, or a short title line without
 * commas) is a paragraph of its own. A line that is only the start of a marker (（ or （三) is one line with the
 * next when together they open with a marker (（ / 三）改革开放持续深化: a heading broken by the page's layout).
 * One pass, no recursion.
 */
final class Layout {

    /** A paragraph {@code [start, end)}; {@code level} is its heading marker level ({@link Headings}). */
    record Paragraph(int start, int end, boolean heading, int level) {
    }

    /** A title line without a marker is at most this long. */
    private static final int TITLE_MAX = 40;
    /** A title line does not end in a word that needs a continuation (…发展的 / 主要目标). */
    private static final String OPEN_ENDING = "的和与及或并之对在把将为于、";
    /** A heading with a marker is at most this long. */
    private static final int HEADING_MAX = 80;
    /** No marker level given: {@link #addSegment} reads it. */
    private static final int UNSET = Integer.MIN_VALUE;

    private final char[] t;
    private final boolean chinese;
    private int[] segStart = new int[256];
    private int[] segEnd = new int[256];
    private boolean[] segGap = new boolean[256];
    /** The heading marker level of each segment ({@link Headings#level}, or across a broken marker). */
    private int[] segLevel = new int[256];
    private int segments;
    private int wrapWidth = Integer.MAX_VALUE;

    private Layout(char[] folded, boolean chinese) {
        this.t = folded;
        this.chinese = chinese;
    }

    /** Paragraphs of the folded text, in order. */
    static List<Paragraph> paragraphs(char[] folded, boolean chinese) {
        Layout layout = new Layout(folded, chinese);
        layout.segment();
        layout.measureWrap();
        return layout.assemble();
    }

    private void segment() {
        int n = t.length;
        int i = 0;
        boolean gap = true;
        int breaks = 0;
        int fragS = -1; // a marker fragment line (（ / （三 / 三) held back to join the next line
        int fragE = -1;
        boolean fragGap = false;
        while (i < n) {
            int j = i;
            boolean removed = false;
            while (j < n && !Chars.lineBreak(t[j])) removed |= t[j++] == Cleaner.REMOVED;
            int s = i;
            int e = j;
            while (s < e && Chars.space(t[s])) s++;
            while (e > s && Chars.space(t[e - 1])) e--;
            if (s < e) {
                if (breaks >= 2) gap = true;
                int joined = Headings.NONE;
                if (fragS >= 0) {
                    if (breaks == 1) joined = Headings.levelAcross(t, fragS, fragE, s, e);
                    if (joined >= 1) splitLine(fragS, e, fragGap, joined);
                    else splitLine(fragS, fragE, fragGap, UNSET);
                    fragS = -1;
                }
                if (joined < 1) { // else the fragment and this line were one line (（ / 三）改革开放持续深化)
                    if (chinese && Headings.fragment(t, s, e)) {
                        fragS = s;
                        fragE = e;
                        fragGap = gap;
                    } else {
                        splitLine(s, e, gap, UNSET);
                    }
                }
                gap = false;
                breaks = 0;
            }
            // a line the cleaner removed entirely is transparent: it neither separates nor joins
            if (j < n && !(s == e && removed)) breaks++;
            if (j + 1 < n && t[j] == '\r' && t[j + 1] == '\n') j++;
            i = j + 1;
        }
        if (fragS >= 0) splitLine(fragS, fragE, fragGap, UNSET);
    }

    /**
     * Adds the segments of one line, split at paragraph-separating white space; {@code joined}: the marker level at
     * {@code s} of a marker broken over two lines, else {@link #UNSET}.
     */
    private void splitLine(int s, int e, boolean gap, int joined) {
        int segS = s;
        boolean segGapBefore = gap;
        int segLevelOf = joined;
        if (chinese) {
            int level = joined != UNSET ? joined : Headings.level(t, segS, e);
            boolean sawTerminal = false;
            for (int i = s; i < e; i++) {
                char c = t[i];
                if (Chars.terminal(c)) sawTerminal = true;
                if (!Chars.space(c)) continue;
                int j = i;
                while (j < e && Chars.space(t[j])) j++;
                char left = t[i - 1];
                char right = t[j];
                boolean cut = Chars.terminal(left) || left == '：'
                        || Chars.closer(left) && i - 2 >= segS && Chars.terminal(t[i - 2])
                        || Headings.level(t, j, e) >= 1
                        || level >= 1 && !sawTerminal && Chars.cjk(left)
                        || j - i >= 2 && !Chars.asciiAlnum(left) && !Chars.asciiAlnum(right);
                if (cut) {
                    addSegment(segS, i, segGapBefore, segLevelOf);
                    segLevelOf = UNSET;
                    segS = j;
                    segGapBefore = true;
                    level = Headings.level(t, segS, e);
                    sawTerminal = false;
                }
                i = j - 1;
            }
        }
        addSegment(segS, e, segGapBefore, segLevelOf);
    }

    /** {@code level}: the segment's marker level if known ({@link #UNSET}: read it from the segment). */
    private void addSegment(int s, int e, boolean gap, int level) {
        if (level == UNSET) level = chinese ? Headings.level(t, s, e) : Headings.NONE;
        if (segments == segStart.length) {
            int len = segments * 2;
            segStart = Arrays.copyOf(segStart, len);
            segEnd = Arrays.copyOf(segEnd, len);
            segGap = Arrays.copyOf(segGap, len);
            segLevel = Arrays.copyOf(segLevel, len);
        }
        segStart[segments] = s;
        segEnd[segments] = e;
        segGap[segments] = gap;
        segLevel[segments] = level;
        segments++;
    }

    /** Hard-wrapped text (most lines end without punctuation): headings must be clearly shorter than a line. */
    private void measureWrap() {
        int open = 0;
        int counted = 0;
        int[] lengths = new int[segments];
        for (int k = 0; k < segments; k++) {
            int len = segEnd[k] - segStart[k];
            if (len < 20) continue;
            counted++;
            if (!Chars.lineEnd(t[segEnd[k] - 1]) && !Chars.closer(t[segEnd[k] - 1])) lengths[open++] = len;
        }
        if (counted >= 10 && open * 2 > counted) {
            Arrays.sort(lengths, 0, open);
            wrapWidth = lengths[open / 2];
        }
    }

    private List<Paragraph> assemble() {
        List<Paragraph> out = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        int curLevel = Headings.NONE;
        boolean open = false;
        for (int k = 0; k < segments; k++) {
            int s = segStart[k];
            int e = segEnd[k];
            int level = segLevel[k];
            if (open && joins(curEnd, k, level)) {
                curEnd = e;
                continue;
            }
            if (open) out.add(new Paragraph(curStart, curEnd, false, curLevel));
            open = false;
            if (headingLine(k, level)) {
                out.add(new Paragraph(s, e, true, level));
            } else {
                curStart = s;
                curEnd = e;
                curLevel = level;
                open = true;
            }
        }
        if (open) out.add(new Paragraph(curStart, curEnd, false, curLevel));
        return out;
    }

    /** Whether segment {@code k} continues the open paragraph ending at {@code prevEnd}. */
    private boolean joins(int prevEnd, int k, int level) {
        char last = t[prevEnd - 1];
        if (Chars.lineEnd(last)) return false;
        if (Chars.closer(last) && prevEnd - 2 >= 0 && Chars.lineEnd(t[prevEnd - 2])) return false;
        if (level >= Headings.DASH) return false;
        if (last == '，' || last == ',' || last == '、') return true;
        return !segGap[k] || Chars.continuation(t[segStart[k]]);
    }

    private boolean headingLine(int k, int level) {
        int s = segStart[k];
        int e = segEnd[k];
        int len = e - s;
        if (len * 10L > wrapWidth * 8L) return false;
        if (!Chars.balanced(t, s, e) || Chars.trailingPunct(t[e - 1])) return false;
        for (int i = s; i < e; i++) if (Chars.terminal(t[i])) return false;
        if (k + 1 < segments && Chars.continuation(t[segStart[k + 1]])) return false;
        if (level >= Headings.DASH) return len <= HEADING_MAX;
        if (len > TITLE_MAX || OPEN_ENDING.indexOf(t[e - 1]) >= 0) return false;
        boolean letter = false;
        for (int i = s; i < e; i++) {
            if (t[i] == '，' || chinese && t[i] == ',') return false;
            if (!letter) letter = Chars.letter(t[i]); // once found, no more lookups
        }
        return letter;
    }
}
