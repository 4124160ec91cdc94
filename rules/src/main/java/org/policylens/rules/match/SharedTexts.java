package org.policylens.rules.match;

import java.util.Collection;

/**
 * The pack's key strings, looked up by a slice of a unit's text: a match's text is usually one of the pack's own
 * terms, so {@link #slice} hands out the pack's {@code String} instead of copying the chars into a new one (an
 * open-addressing table, the hash computed over the slice as {@link String#hashCode} would). Equal values, so
 * every output stays the same; only fewer copies. Immutable and thread-safe.
 *
 * <p>A probe reads one table entry (hash, offset and length of the key's chars side by side in {@link #entries})
 * and the key's chars in one shared array ({@link #chars}), not the {@code String} objects scattered over the heap;
 * the {@code String} is read only when it is returned.
 */
final class SharedTexts {

    /** Per slot: {@code String.hashCode}, offset of the chars in {@link #chars}, length (0: empty slot), unused. */
    private final int[] entries;
    private final String[] table;
    /** Every key's chars, one after another. */
    private final char[] chars;
    private final int mask;
    private final int maxLength;

    SharedTexts(Collection<String> keys) {
        int cap = Integer.highestOneBit(Math.max(4, keys.size() * 3)) << 1; // load factor <= 1/3
        table = new String[cap];
        entries = new int[4 * cap];
        mask = cap - 1;
        int longest = 0;
        int total = 0;
        for (String k : keys) total += k.length();
        chars = new char[total];
        int used = 0;
        for (String k : keys) {
            if (k.isEmpty()) continue;
            int h = k.hashCode();
            int i = spread(h) & mask;
            boolean seen = false;
            while (table[i] != null) {
                if (table[i].equals(k)) {
                    seen = true;
                    break;
                }
                i = (i + 1) & mask;
            }
            if (seen) continue; // the first of equal keys stays (a collection of distinct keys has none)
            longest = Math.max(longest, k.length());
            k.getChars(0, k.length(), chars, used);
            table[i] = k;
            entries[4 * i] = h;
            entries[4 * i + 1] = used;
            entries[4 * i + 2] = k.length();
            used += k.length();
        }
        maxLength = longest;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** {@code text.substring(start, end)}: a shared key string when one equals it, else a new string. */
    String slice(String text, int start, int end) {
        int len = end - start;
        if (len > 0 && len <= maxLength) {
            int h = 0;
            for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
            int[] e = entries;
            for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
                int n = e[4 * i + 2];
                if (n == 0) break; // empty slot: no key equals the slice
                if (n == len && e[4 * i] == h && sameChars(text, start, e[4 * i + 1], len)) return table[i];
            }
        }
        return text.substring(start, end);
    }

    private boolean sameChars(String text, int start, int offset, int len) {
        char[] cs = chars;
        for (int j = 0; j < len; j++) {
            if (text.charAt(start + j) != cs[offset + j]) return false;
        }
        return true;
    }
}
