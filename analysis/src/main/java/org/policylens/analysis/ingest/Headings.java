package org.policylens.analysis.ingest;

/**
 * Heading markers at the start of a line: {@code 一、} (level 1), {@code （一）} (2), {@code 1.} or {@code 1、}
 * (3), {@code （1）} (4), {@code ①} (5); {@code 第一部分} counts as level 1. A leading dash ({@code ——}, {@code --})
 * marks a title-block line or a bullet (level 0).
 */
final class Headings {

    /** No marker. */
    static final int NONE = -1;
    /** A leading dash. */
    static final int DASH = 0;

    private Headings() {
    }

    /** The level of the marker at {@code s} (line content starts there), or {@link #NONE}. */
    static int level(char[] t, int s, int e) {
        if (s >= e) return NONE;
        char c = t[s];
        if (numeral(c)) {
            int i = s;
            while (i < e && numeral(t[i])) i++;
            if (i < e && i - s <= 3 && t[i] == '、') return 1;
            return NONE;
        }
        if (c == '第' && s + 1 < e && numeral(t[s + 1])) {
            int i = s + 1;
            while (i < e && numeral(t[i])) i++;
            if (i < e && (t[i] == '部' || t[i] == '章' || t[i] == '篇')) return 1;
            return NONE;
        }
        if (c == '（' || c == '(') {
            int i = s + 1;
            if (i < e && numeral(t[i])) {
                while (i < e && numeral(t[i])) i++;
                return i < e && (t[i] == '）' || t[i] == ')') && i - s <= 4 ? 2 : NONE;
            }
            if (i < e && digit(t[i])) {
                while (i < e && digit(t[i])) i++;
                return i < e && (t[i] == '）' || t[i] == ')') && i - s <= 3 ? 4 : NONE;
            }
            return NONE;
        }
        if (digit(c)) {
            int i = s;
            while (i < e && digit(t[i])) i++;
            if (i - s > 2 || i >= e) return NONE;
            if (t[i] == '、') return 3;
            if (t[i] == '.' && (i + 1 >= e || !digit(t[i + 1]))) return 3;
            return NONE;
        }
        if (c >= '①' && c <= '⑳') return 5;
        if (c == '—' || c == '─' || c == '━' || (c == '-' && s + 1 < e && t[s + 1] == '-')) return DASH;
        return NONE;
    }

    private static boolean numeral(char c) {
        return "一二三四五六七八九十百零〇".indexOf(c) >= 0;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
