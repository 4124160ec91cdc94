package org.policylens.rules.match;

/**
 * Membership of a char in a short fixed set of chars: {@code chars.indexOf(c) >= 0}. When every char of the set is
 * one of {@link PatternWindows#CANDIDATES} (window delimiters always are), the test is a bit mask over those
 * candidates, read from a small table without a branch ({@link #candidateBit}), instead of {@code String.indexOf}'s
 * call and loop per char. Immutable.
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
     * {@code 1 << PatternWindows.CANDIDATES.indexOf(c)}, or 0 when {@code c} is not a candidate: one load from a
     * 64-entry table hashed by {@code (c ^ c >>> 8) & 63} (the twelve candidates land in distinct entries; checked
     * when the class loads), with no branch. A {@code switch} here got C2's uncommon traps on the cases a window
     * had not met yet (a {@code ;} or {@code ？} coming late), which threw away and recompiled {@code PatternSet.find}.
     */
    static int candidateBit(char c) {
        int e = TABLE[(c ^ (c >>> 8)) & 63];
        int same = ((e >>> 16) ^ c) - 1 >> 31; // -1 when the entry's char is c, else 0 (the difference is 0..65535)
        return e & 0xFFFF & same;
    }

    /** Per slot: candidate char << 16 | its bit, or 0. */
    private static final int[] TABLE = table();

    private static int[] table() {
        int[] t = new int[64];
        String cands = PatternWindows.CANDIDATES;
        for (int i = 0; i < cands.length(); i++) {
            char c = cands.charAt(i);
            int slot = (c ^ (c >>> 8)) & 63;
            if (t[slot] != 0) throw new IllegalStateException("candidate delimiters collide in the table");
            t[slot] = c << 16 | 1 << i;
        }
        return t;
    }
}
