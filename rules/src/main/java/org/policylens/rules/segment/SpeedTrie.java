package org.policylens.rules.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

/**
 * The word counter behind {@link ChineseSegmenter#countWords}: HanLP's core-dictionary double-array trie, walked
 * exactly as HanLP's {@code DoubleArrayTrie.LongestSearcher} walks it (including its quirk at the end of the
 * text: after the last match the searcher stops, so the characters after it count as single-character tokens),
 * but in one pass over the {@code String}, with no arrays, {@code Term}s or searcher objects.
 *
 * <p>The trie's {@code base} and {@code check} arrays are copied once into one interleaved array
 * ({@code base} at {@code 2p}, {@code check} at {@code 2p + 1}), and whether the state a transition leads to ends a
 * word (HanLP's test {@code check[base[p]] == base[p] && base[base[p]] < 0}) is stored in the sign bit of the
 * {@code check} entry (every {@code check} value is {@code >= 0}, verified on construction). So each step of the
 * walk reads one cache line instead of three (the arrays are 2.7 MB, larger than the core's cache).
 * Immutable, thread-safe.
 */
final class SpeedTrie {

    static final SpeedTrie CORE = new SpeedTrie(ChineseSegmenter.SPEED_TRIE);

    /** {@code base[p]} at {@code 2p}, {@code check[p]} at {@code 2p + 1}. */
    private final int[] bc;

    /** Whether the root state ends a word (HanLP checks it after every restart; false for any real dictionary). */
    private final boolean rootEndsWord;

    private static final int ENDS_WORD = Integer.MIN_VALUE;
    private static final int CHECK = Integer.MAX_VALUE;

    SpeedTrie(DoubleArrayTrie<?> trie) {
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        int n = Math.min(base.length, check.length);
        bc = new int[2 * n];
        for (int p = 0; p < n; p++) {
            if (check[p] < 0) throw new IllegalStateException("HanLP trie: check[" + p + "] < 0");
            int b = base[p];
            boolean endsWord = b >= 0 && b < n && check[b] == b && base[b] < 0;
            bc[2 * p] = b;
            bc[2 * p + 1] = check[p] | (endsWord ? ENDS_WORD : 0);
        }
        int root = base[0];
        rootEndsWord = root >= 0 && root < n && check[root] == root && base[root] < 0;
        pairs = pairFilter(base, check, n, root);
        triples = pairs == null ? null : tripleFilter(base, check, n, root);
    }

    /**
     * A bit per hash of each two-char prefix (c1, c2) the trie holds (a transition from the state after c1 at the
     * root on c2): when the bit is clear the transition does not exist, so the walk fails there without reading the
     * trie (a random read of the 2.7 MB array, mostly a cache miss; the filter is 128 KB). Every existing pair sets
     * its bit, so the walk is the same; a clear bit only saves the read. Null (no filter) if two root children were
     * to share a base, which a double-array trie never does.
     */
    private final long[] pairs;
    static final int PAIR_BITS = 20;

    /** Whether the filter lets the walk read the transition on {@code c2} after {@code c1} (for tests). */
    boolean mayHavePair(char c1, char c2) {
        if (pairs == null) return true;
        int bit = pairBit(c1, c2);
        return (pairs[bit >>> 6] & (1L << bit)) != 0;
    }

    /** As {@link #pairs}, for three-char prefixes (c1, c2, c3): the failing depth-3 read after a two-char word. */
    private final long[] triples;

    static int tripleBit(char c1, char c2, char c3) {
        return ((c1 << 16 | c2) * 0x9E3779B1 + c3 * 0x85EBCA6B) * 0xC2B2AE35 >>> (32 - PAIR_BITS);
    }

    /** Whether the filter lets the walk read the transition on {@code c3} after {@code c1 c2} (for tests). */
    boolean mayHaveTriple(char c1, char c2, char c3) {
        if (triples == null) return true;
        int bit = tripleBit(c1, c2, c3);
        return (triples[bit >>> 6] & (1L << bit)) != 0;
    }

    private static long[] tripleFilter(int[] base, int[] check, int n, int root) {
        int[] firstChar = new int[n]; // base of a root child -> its char + 1
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int p = root + c + 1;
            if (p >= n) break;
            if (check[p] != root) continue;
            int b = base[p];
            if (b < 0 || b >= n) continue;
            if (firstChar[b] != 0) return null;
            firstChar[b] = c + 1;
        }
        int[] twoChars = new int[n]; // base of a depth-2 state -> (c1 << 16 | c2) + 1 (never 0: c2 >= 0)
        boolean[] seen = new boolean[n];
        for (int p = 0; p < n; p++) {
            int b = check[p];
            if (b < 0 || b >= n || firstChar[b] == 0) continue; // p: a child of a root child
            int c2 = p - b - 1;
            if (c2 < 0 || c2 > Character.MAX_VALUE) continue;
            int b2 = base[p];
            if (b2 < 0 || b2 >= n) continue;
            if (seen[b2]) return null; // two states with one base: no filter
            seen[b2] = true;
            twoChars[b2] = ((firstChar[b] - 1) << 16 | c2) + 1;
        }
        long[] bits = new long[1 << (PAIR_BITS - 6)];
        for (int p = 0; p < n; p++) {
            int b = check[p];
            if (b < 0 || b >= n || !seen[b]) continue;
            int c3 = p - b - 1;
            if (c3 < 0 || c3 > Character.MAX_VALUE) continue;
            int key = twoChars[b] - 1;
            int bit = tripleBit((char) (key >>> 16), (char) key, (char) c3);
            bits[bit >>> 6] |= 1L << bit;
        }
        return bits;
    }

    static int pairBit(char c1, char c2) {
        return ((c1 << 16 | c2) * 0x9E3779B1) >>> (32 - PAIR_BITS);
    }

    private static long[] pairFilter(int[] base, int[] check, int n, int root) {
        if (root < 0 || root >= n) return null;
        int[] firstChar = new int[n]; // base of a root child -> its char + 1
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int p = root + c + 1;
            if (p >= n) break;
            if (check[p] != root) continue;
            int b = base[p];
            if (b < 0 || b >= n) continue; // a leaf: no transitions from it
            if (firstChar[b] != 0) return null;
            firstChar[b] = c + 1;
        }
        long[] bits = new long[1 << (PAIR_BITS - 6)];
        for (int p = 0; p < n; p++) {
            int b = check[p];
            if (b < 0 || b >= n || firstChar[b] == 0) continue;
            int c2 = p - b - 1;
            if (c2 < 0 || c2 > Character.MAX_VALUE) continue; // the end-of-word slot
            int bit = pairBit((char) (firstChar[b] - 1), (char) c2);
            bits[bit >>> 6] |= 1L << bit;
        }
        return bits;
    }

    /** The words of {@code text} as {@link ChineseSegmenter#countWords} defines them. */
    int countWords(String text) {
        final int[] bc = this.bc;
        final long[] pairs = this.pairs;
        final long[] triples = this.triples;
        final int n = text.length();
        final int root = bc[0];
        int count = 0;
        boolean inAsciiRun = false;
        int pos = 0;  // next character to tokenise
        int si = 0;   // the searcher's i
        boolean searching = true;
        while (pos < n) {
            // One LongestSearcher.next(): the next longest match (begin, length), or none.
            int begin = si;
            int length = 0;
            boolean found = false;
            if (searching) {
                int b = root;
                while (true) {
                    if (si >= n) {
                        found = length > 0;
                        break;
                    }
                    char ch = text.charAt(si);
                    int p = b + ch + 1;
                    int check;
                    int depth = si - begin;
                    if (depth == 1 && pairs != null) { // from the state after one char: ask the filter first
                        int bit = pairBit(text.charAt(begin), ch);
                        check = (pairs[bit >>> 6] & (1L << bit)) == 0 ? b ^ 1 : bc[2 * p + 1]; // b ^ 1: no transition
                    } else if (depth == 2 && triples != null) { // after two chars: the three-char filter
                        int bit = tripleBit(text.charAt(begin), text.charAt(begin + 1), ch);
                        check = (triples[bit >>> 6] & (1L << bit)) == 0 ? b ^ 1 : bc[2 * p + 1];
                    } else {
                        check = bc[2 * p + 1];
                    }
                    if (b == (check & CHECK)) {
                        b = bc[2 * p];
                        if (check < 0) length = si - begin + 1; // the state reached ends a word
                    } else {
                        if (begin == n) break;
                        if (length > 0) {
                            si = begin + length;
                            found = true;
                            break;
                        }
                        si = begin;
                        begin++;
                        b = root;
                        if (rootEndsWord) length = si - begin + 1;
                    }
                    si++;
                }
                searching = found;
            }
            int singlesEnd = found ? begin : n;
            for (; pos < singlesEnd; pos++) {
                char c = text.charAt(pos);
                if (c >= 0x4E00 && c <= 0x9FA5) { // CJK ideograph: a word, never ASCII
                    inAsciiRun = false;
                    count++;
                    continue;
                }
                int kind = SINGLE[c];
                if (kind == SKIP) {
                    inAsciiRun = false;
                } else if (kind == ASCII) {
                    if (!inAsciiRun) count++;
                    inAsciiRun = true;
                } else {
                    inAsciiRun = false;
                    count++;
                }
            }
            if (found) {
                int end = begin + length;
                int kind = kind(text, begin, end);
                if (kind == SKIP) {
                    inAsciiRun = false;
                } else if (kind == ASCII) {
                    if (!inAsciiRun) count++;
                    inAsciiRun = true;
                } else {
                    inAsciiRun = false;
                    count++;
                }
                pos = end;
            }
        }
        return count;
    }

    private static final int SKIP = 0;
    private static final int ASCII = 1;
    private static final int WORD = 2;

    /**
     * Per-char class bits for {@link #kind}: {@link #LOD} {@code Character.isLetterOrDigit}, {@link #WS}
     * {@code Character.isWhitespace}, {@link #ASC} an ASCII letter, digit, {@code .} or {@code %}. A char table
     * (64 KB) gives exactly the {@code char} overloads' answers (surrogate code units included: both are false
     * for them), without {@code CharacterData}'s three dependent lookups per call.
     */
    static final byte[] CLASS = classTable();
    /** {@link #kind} of each char on its own. */
    static final byte[] SINGLE;
    static final int LOD = 1;
    static final int WS = 2;
    static final int ASC = 4;

    static {
        byte[] single = new byte[Character.MAX_VALUE + 1];
        String one;
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            one = String.valueOf((char) i);
            single[i] = (byte) kind(one, 0, 1);
        }
        SINGLE = single;
    }

    private static byte[] classTable() {
        byte[] t = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int bits = 0;
            if (Character.isLetterOrDigit(c)) bits |= LOD;
            if (Character.isWhitespace(c)) bits |= WS;
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '%')
                bits |= ASC;
            t[i] = (byte) bits;
        }
        return t;
    }

    /** White space or punctuation ({@link #SKIP}), a run of ASCII letters, digits, . and % ({@link #ASCII}), else a word. */
    static int kind(String text, int from, int to) {
        // all CJK ideographs (0x4E00-0x9FA5), the common case: the sign bit of outside is set by any char out of
        // that range. No branch per char: the loop that stopped at the first other char had its exits compiled as
        // unstable_if traps when a cold run had met only CJK tokens so far, and each threw countWords away.
        int outside = 0;
        for (int i = from; i < to; i++) {
            int c = text.charAt(i);
            outside |= (c - 0x4E00) | (0x9FA5 - c);
        }
        if (outside >= 0) return WORD;
        final byte[] cls = CLASS;
        int any = 0;          // OR of the bits: LOD set if any char is a letter or digit
        int all = WS | ASC;   // AND of the bits: WS / ASC set if every char is blank / ASCII-word
        for (int i = from; i < to; i++) {
            int b = cls[text.charAt(i)];
            any |= b;
            all &= b;
        }
        boolean letterOrDigit = (any & LOD) != 0;
        boolean blank = (all & WS) != 0;
        boolean ascii = (all & ASC) != 0;
        if (!letterOrDigit && (blank || !ascii)) return SKIP;
        return ascii ? ASCII : WORD;
    }

    /** The original {@link #kind} on {@code Character}'s methods: the reference for tests. */
    static int kindReference(String text, int from, int to) {
        int cjk = from;
        while (cjk < to && text.charAt(cjk) >= 0x4E00 && text.charAt(cjk) <= 0x9FA5) cjk++;
        if (cjk == to) return WORD;
        boolean letterOrDigit = false;
        boolean blank = true;
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) letterOrDigit = true;
            if (!Character.isWhitespace(c)) blank = false;
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '%'))
                ascii = false;
        }
        if (!letterOrDigit && (blank || !ascii)) return SKIP;
        return ascii ? ASCII : WORD;
    }
}
