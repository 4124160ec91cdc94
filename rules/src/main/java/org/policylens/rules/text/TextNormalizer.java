package org.policylens.rules.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The normalisation every matched text goes through, char by char as in ingest: full-width digits, letters and
 * {@code ％．＊＋－／} folded to ASCII (ＰＭ２．５ → PM2.5, ５％ → 5%), Chinese punctuation kept, every kind of space
 * unified to U+0020, line breaks removed. (Ingest also converts traditional documents to simplified; single
 * lines are not.)
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

    /**
     * The normalised form of one char, or 0 if it is dropped (line breaks). Same folding as ingest's:
     * full-width digits and letters and {@code ％．＊＋－／} become ASCII; Chinese punctuation ({@code ，。；：（）})
     * stays as it is; every kind of space (U+3000, NBSP, U+2000..U+200B, tab, BOM) becomes {@code ' '}.
     */
    public static char fold(char c) {
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A')
            return (char) (c - 0xFEE0);
        switch (c) {
            case '\r', '\n':
                return 0;
            case '％':
                return '%';
            case '．':
                return '.';
            case '＊':
                return '*';
            case '＋':
                return '+';
            case '－':
                return '-';
            case '／':
                return '/';
            case '\t', '\u3000', '\u00A0', '\u202F', '\u205F', '\uFEFF', '\u000B':
                return ' ';
            default:
                return c >= '\u2000' && c <= '\u200B' ? ' ' : c;
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
