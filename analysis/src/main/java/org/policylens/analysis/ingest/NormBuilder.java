package org.policylens.analysis.ingest;

import java.util.Arrays;

/**
 * Builds the normalised text of one unit from the folded document text, with the original offset of each
 * character. Line breaks (and removed text, which the folded text shows as line breaks) are joined: dropped
 * in Chinese, a single space between words in English. A run of spaces becomes one space between two
 * non-CJK characters (e.g. {@code Apple Inc}) and disappears next to Chinese characters.
 */
final class NormBuilder {

    /** Normalised text and its offset map (length {@code norm.length() + 1}). */
    record Norm(String text, int[] toOriginal) {
    }

    /** Scratch space reused from unit to unit (one builder per document), so a unit allocates only its results. */
    private char[] out = new char[256];
    private int[] map = new int[257];
    /** The last result and scratch space for {@link #equalsOriginal}. */
    private Norm last;
    private char[] slice = new char[0];

    NormBuilder() {
    }

    /** One-off build (allocates its scratch space). */
    static Norm build(char[] folded, int start, int end, boolean english) {
        return new NormBuilder().norm(folded, start, end, english);
    }

    /** The normalised text of {@code folded[start, end)} and its offset map. Not thread-safe. */
    Norm norm(char[] folded, int start, int end, boolean english) {
        if (out.length < end - start) {
            out = new char[Math.max(end - start, 2 * out.length)];
            map = new int[out.length + 1];
        }
        char[] out = this.out;
        int[] map = this.map;
        int n = 0;
        int pendingAt = -1;
        for (int i = start; i < end; i++) {
            char c = folded[i];
            boolean isBreak = Chars.lineBreak(c);
            if (isBreak || Chars.space(c)) {
                if (n > 0 && pendingAt < 0 && (english || !isBreak)) pendingAt = i;
                continue;
            }
            if (pendingAt >= 0) {
                char prev = out[n - 1];
                if (english || !Chars.cjk(prev) && !Chars.cjk(c)) {
                    out[n] = ' ';
                    map[n++] = pendingAt;
                }
                pendingAt = -1;
            }
            out[n] = c;
            map[n++] = i;
        }
        map[n] = end;
        last = new Norm(new String(out, 0, n), Arrays.copyOf(map, n + 1));
        return last;
    }

    /**
     * Whether {@code norm}'s text equals {@code original.substring(start, end)}, as {@code regionMatches} answers;
     * for the last result of this builder the chars are compared as arrays (a vectorised compare, where
     * {@code String.regionMatches} loops over bytes), else through {@code regionMatches}.
     */
    boolean equalsOriginal(Norm norm, String original, int start, int end) {
        String n = norm.text();
        int len = n.length();
        if (len != end - start || start < 0 || end > original.length()) return false;
        if (norm != last) return original.regionMatches(start, n, 0, len);
        if (slice.length < len) slice = new char[Math.max(len, 2 * slice.length)];
        original.getChars(start, end, slice, 0);
        return Arrays.equals(out, 0, len, slice, 0, len);
    }

    /** Whether a normalised text has at least one letter (Latin, CJK, ...). */
    static boolean hasLetter(String norm) {
        for (int i = 0; i < norm.length(); i++) if (Chars.letter(norm.charAt(i))) return true;
        return false;
    }
}
