package org.policylens.analysis.ingest;

/**
 * Heading markers at the start of a line: {@code 一、} (level 1), {@code （一）} (2), {@code 1.} or {@code 1、}
 * (3), {@code （1）} (4), {@code ①} (5); {@code 第一部分} counts as level 1. A leading dash ({@code ——}, {@code --})
 * marks a title-block line or a bullet (level 0). A {@code 、} marker followed by another count and {@code 、}
 * (一、二、三产业增加值…, 1、2、3号线…) opens a list of numbers in a sentence: no marker.
 */
final class Headings {

    /** No marker. */
    static final int NONE = -1;
    /** A leading dash. */
    static final int DASH = 0;
    /** A marker fragment line ({@link #fragment}) is at most this long. */
    private static final int FRAGMENT_MAX = 4;

    private Headings() {
    }

    /** The level of the marker at {@code s} (line content starts there), or {@link #NONE}. */
    static int level(char[] t, int s, int e) {
        if (s >= e) return NONE;
        char c = t[s];
        if (numeral(c)) {
            int i = s;
            while (i < e && numeral(t[i])) i++;
            if (i < e && i - s <= 3 && t[i] == '、') return enumeration(t, i + 1, e, true) ? NONE : 1;
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
            if (t[i] == '、') return enumeration(t, i + 1, e, false) ? NONE : 3;
            if (t[i] == '.' && (i + 1 >= e || !digit(t[i + 1]))) return 3;
            return NONE;
        }
        if (c >= '①' && c <= '⑳') return 5;
        if (c == '—' || c == '─' || c == '━' || (c == '-' && s + 1 < e && t[s + 1] == '-')) return DASH;
        return NONE;
    }

    /**
     * Whether line {@code [s, e)} is only the start of a marker broken off its line: an opening bracket, a bracket
     * and a count, or a count ({@code （}, {@code （三}, {@code 三}, {@code 12}) at most {@value #FRAGMENT_MAX}
     * characters long. One look at the first character for most lines.
     */
    static boolean fragment(char[] t, int s, int e) {
        if (e - s > FRAGMENT_MAX) return false;
        char c = t[s];
        int i = c == '（' || c == '(' ? s + 1 : s;
        if (i == s && !numeral(c) && !digit(c)) return false;
        for (; i < e; i++) if (!numeral(t[i]) && !digit(t[i])) return false;
        return true;
    }

    /**
     * The level of a marker broken over two lines, fragment {@code [fs, fe)} (see {@link #fragment}) and the next
     * line {@code [s, e)} ({@code （} / {@code 三）改革开放持续深化}), or {@link #NONE}: the next line must not open
     * with a marker of its own.
     */
    static int levelAcross(char[] t, int fs, int fe, int s, int e) {
        if (level(t, s, e) != NONE) return NONE;
        char[] joined = new char[FRAGMENT_MAX + 8];
        int n = 0;
        for (int i = fs; i < fe; i++) joined[n++] = t[i];
        for (int i = s; i < e && n < joined.length; i++) joined[n++] = t[i];
        return level(joined, 0, n);
    }

    /**
     * Whether another count of the same kind follows a {@code 、} marker at {@code i}: the line lists numbers
     * (一、二、三产业…, 1、2、3号线…) and opens a sentence, not a heading.
     */
    private static boolean enumeration(char[] t, int i, int e, boolean numerals) {
        int j = i;
        while (j < e && j - i <= 3 && (numerals ? numeral(t[j]) : digit(t[j]))) j++;
        return j > i && j < e && t[j] == '、';
    }

    private static boolean numeral(char c) {
        return "一二三四五六七八九十百零〇".indexOf(c) >= 0;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
