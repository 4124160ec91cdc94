package org.policylens.rules.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The normalisation every matched text goes through: full-width ASCII folded to half-width (ＰＭ２．５ → PM2.5,
 * ％ → %, ，→ ,), every kind of space unified to U+0020, line breaks and zero-width chars removed.
 * Each kept char maps to exactly one original char, so offsets can be mapped back ({@link #normalizeWithOffsets}).
 *
 * <p>Rule pack terms go through the same normalisation, so a pack may write either form.
 * Stateless and thread-safe.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Normalised text with, for each char, its offset in the original. */
    public record Normalized(String norm, int[] toOriginal) {
        public Normalized {
            Objects.requireNonNull(norm, "norm");
            toOriginal = toOriginal.clone();
            if (toOriginal.length != norm.length() + 1)
                throw new IllegalArgumentException("toOriginal must have norm.length()+1 entries");
        }

        @Override
        public int[] toOriginal() {
            return toOriginal.clone();
        }
    }

    /** {@code text} normalised (see the class comment). */
    public static String normalize(String text) {
        return normalizeWithOffsets(text).norm();
    }

    /** {@code text} normalised, with the original offset of each normalised char (plus one entry for the end). */
    public static Normalized normalizeWithOffsets(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char d = fold(c);
            if (d == 0) continue;
            sb.append(d);
            map[n++] = i;
        }
        map[n] = text.length();
        return new Normalized(sb.toString(), Arrays.copyOf(map, n + 1));
    }

    /** The normalised form of one char, or 0 if it is dropped. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        switch (c) {
            case '\r', '\n', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
                return 0;
            case '\u3000', '\u00A0', '\t', '\u000B', '\u000C', '\u1680', '\u202F', '\u205F':
                return ' ';
            default:
                if (c >= '\u2000' && c <= '\u200A') return ' ';
                return c;
        }
    }

    /** ASCII letters lower-cased, every other char unchanged (so offsets stay the same). */
    public static String lowerAscii(String text) {
        char[] cs = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (cs == null) cs = text.toCharArray();
                cs[i] = (char) (c + 32);
            }
        }
        return cs == null ? text : new String(cs);
    }

    /** The form a rule pack term is matched in: normalised, stripped, ASCII lower-cased. */
    public static String matchForm(String term) {
        return lowerAscii(normalize(term).strip());
    }
}
