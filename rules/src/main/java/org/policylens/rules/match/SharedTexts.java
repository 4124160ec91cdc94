package org.policylens.rules.match;

import java.util.Collection;

/**
 * The pack's key strings, looked up by a slice of a unit's text: a match's text is usually one of the pack's own
 * terms, so {@link #slice} hands out the pack's {@code String} instead of copying the chars into a new one (an
 * open-addressing table, the hash computed over the slice as {@link String#hashCode} would). Equal values, so
 * every output stays the same; only fewer copies. Immutable and thread-safe.
 */
final class SharedTexts {

    private final String[] table;
    private final int[] hashes;
    private final int mask;
    private final int maxLength;

    SharedTexts(Collection<String> keys) {
        int cap = Integer.highestOneBit(Math.max(4, keys.size() * 3)) << 1; // load factor <= 1/3
        table = new String[cap];
        hashes = new int[cap];
        mask = cap - 1;
        int longest = 0;
        for (String k : keys) {
            if (k.isEmpty()) continue;
            longest = Math.max(longest, k.length());
            int h = k.hashCode();
            int i = spread(h) & mask;
            while (table[i] != null) {
                if (table[i].equals(k)) break;
                i = (i + 1) & mask;
            }
            table[i] = k;
            hashes[i] = h;
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
            int i = spread(h) & mask;
            for (String k; (k = table[i]) != null; i = (i + 1) & mask) {
                if (hashes[i] == h && k.length() == len && text.regionMatches(start, k, 0, len)) return k;
            }
        }
        return text.substring(start, end);
    }
}
