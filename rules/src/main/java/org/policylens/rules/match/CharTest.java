package org.policylens.rules.match;

/**
 * Membership of a char in a short fixed set of chars: {@code chars.indexOf(c) >= 0}. When every char of the set is
 * one of {@link PatternWindows#CANDIDATES} (window delimiters always are), the test is a bit mask over those
 * candidates after one range check that rejects Han and most other text at once, instead of
 * {@code String.indexOf}'s call and loop per char. Immutable.
 */
final class CharTest {

    private final String chars;
    /** Bit {@code i}: {@code CANDIDATES.charAt(i)} is in the set; -1 when the set has another char. */
    private final int mask;

    CharTest(String chars) {
        this.chars = chars;
        int m = 0;
        for (int i = 0; i < chars.length() && m >= 0; i++) {
            int b = candidateBit(chars.charAt(i));
            m = b == 0 ? -1 : m | b;
        }
        this.mask = m;
    }

    /** {@code chars.indexOf(c) >= 0}. */
    boolean has(char c) {
        return mask >= 0 ? (mask & candidateBit(c)) != 0 : chars.indexOf(c) >= 0;
    }

    /**
     * {@code 1 << PatternWindows.CANDIDATES.indexOf(c)}, or 0 when {@code c} is not a candidate. Chars from U+3003 to
     * U+FF00 (CJK ideographs among them) are none.
     */
    static int candidateBit(char c) {
        if (c >= '\u3003' && c <= '\uFF00') return 0;
        return switch (c) {
            case '。' -> 1;
            case '；' -> 1 << 1;
            case ';' -> 1 << 2;
            case '，' -> 1 << 3;
            case ',' -> 1 << 4;
            case '！' -> 1 << 5;
            case '？' -> 1 << 6;
            case '!' -> 1 << 7;
            case '?' -> 1 << 8;
            case '：' -> 1 << 9;
            case ':' -> 1 << 10;
            case '、' -> 1 << 11;
            default -> 0;
        };
    }
}
