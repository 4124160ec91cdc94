package org.policylens.rules.segment;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BaseNode;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;

/**
 * HanLP's {@link DynamicCustomDictionary} (the bundled custom words in {@link #dat}, words inserted later in the
 * {@link BinTrie} {@link #trie}) whose {@link #parseText(char[], AhoCorasickDoubleArrayTrie.IHit)} (the custom-word
 * pass of every Viterbi segmentation in forcing mode) skips the text positions where no inserted word starts.
 *
 * <p>HanLP's {@code BinTrie.parseText} walks the trie from every position, each walk starting with a read of the
 * root's 65,536-entry child table, then binary searches in the children of common first chars (新, 数, 高...); with
 * the project's hundred-odd words almost every walk ends after one or two chars. After {@link #freeze()} a 64 Kbit
 * table of the chars the root has a child for answers the first step, a 64 Kbit hashed table of the words' first
 * two chars tells when the second step must fail (then only a one-char word, from a third table, can be reported),
 * and every other walk is HanLP's own ({@link BaseNode#transition(char)}), so the hits, their order and their
 * values are those of {@code super.parseText}: by start, then by length, then the bundled words of
 * {@link #dat} as HanLP's searcher reports them. Words must not be inserted or removed after {@link #freeze()}.
 */
final class FirstCharCustomDictionary extends DynamicCustomDictionary {

    /** Bit c set: the trie's root has a child for char c (null: not frozen, or no trie; use HanLP's code). */
    private long[] firstChars;
    /** Bit c set: the root's child for char c holds a word (a one-char word). */
    private long[] singleWords;
    /** Bit {@link #pairHash} of (c1, c2) set for the first two chars of every word of two chars or more. */
    private long[] pairs;

    private static final int PAIR_BITS = 1 << 16;

    /** The same three tables for the bundled words of {@link #dat}, or null (then HanLP's searcher runs). */
    private DatTables datTables;

    /**
     * First chars, one-char words (and their values) and hashed first pairs of the words of a double-array trie,
     * read from its arrays: a word starting with c1 c2 exists only if the walk's second step succeeds.
     */
    private record DatTables(DoubleArrayTrie<CoreDictionary.Attribute> dat, int[] base, int[] check, long[] first,
                             long[] single, Object[] singleValue, long[] pairs) {
    }

    /** Takes the first chars of the words inserted so far; no word may be inserted or removed afterwards. */
    FirstCharCustomDictionary freeze() {
        datTables = datTables(dat);
        BinTrie<CoreDictionary.Attribute> t = trie;
        if (t == null) return this;
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        long[] single = new long[bits.length];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BaseNode<CoreDictionary.Attribute> node = t.transition((char) c);
            if (node == null) continue;
            bits[c >>> 6] |= 1L << c;
            if (node.getValue() != null) single[c >>> 6] |= 1L << c;
        }
        // a node of the trie exists only on the way to a word, so a second step c1 -> c2 succeeds only if some word
        // starts with c1 c2 (the bits may say yes for other pairs too: then the walk is simply HanLP's)
        long[] p = new long[PAIR_BITS / 64];
        for (String w : t.keySet()) {
            if (w.length() < 2) continue;
            int h = pairHash(w.charAt(0), w.charAt(1));
            p[h >>> 6] |= 1L << h;
        }
        pairs = p;
        singleWords = single;
        firstChars = bits;
        return this;
    }

    /**
     * The tables of {@code d}, or null when its arrays are not as the walk expects: every first and second step the
     * tables answer must lie inside the arrays (HanLP's searcher would read them; out of range it would throw).
     */
    static DatTables datTables(DoubleArrayTrie<CoreDictionary.Attribute> d) {
        if (d == null) return null;
        int[] base = d.getBase();
        int[] check = d.getCheck();
        if (base == null || check == null || base.length == 0 || base.length < check.length) return null;
        int b0 = base[0];
        if (b0 < 0 || (long) b0 + Character.MAX_VALUE + 1 >= check.length) return null;
        long[] first = new long[(Character.MAX_VALUE + 1) / 64];
        long[] single = new long[first.length];
        Object[] singleValue = new Object[Character.MAX_VALUE + 1];
        java.util.HashMap<Integer, Character> firstOfBase = new java.util.HashMap<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int p = b0 + c + 1;
            if (check[p] != b0) continue;
            first[c >>> 6] |= 1L << c;
            int b1 = base[p];
            // the walk's next reads: the terminal at b1, then check[b1 + c2 + 1] for any c2
            if (b1 < 0 || (long) b1 + Character.MAX_VALUE + 1 >= check.length) return null;
            if (check[b1] == b1 && base[b1] < 0) {
                single[c >>> 6] |= 1L << c;
                singleValue[c] = d.getValueAt(-base[b1] - 1);
            }
            if (firstOfBase.put(b1, (char) c) != null) return null; // two nodes with one base: not a proper trie
        }
        long[] pairs = new long[PAIR_BITS / 64];
        for (int p = 0; p < check.length; p++) { // second-level nodes: check[p] is the base of a first-level node
            Character c1 = firstOfBase.get(check[p]);
            if (c1 == null) continue;
            int c2 = p - check[p] - 1;
            if (c2 < 0 || c2 > Character.MAX_VALUE) continue; // the terminal (p == base) or no char
            int h = pairHash(c1, (char) c2);
            pairs[h >>> 6] |= 1L << h;
        }
        return new DatTables(d, base, check, first, single, singleValue, pairs);
    }

    /**
     * HanLP's {@code DoubleArrayTrie.Searcher} over {@code text}: from each start, every word beginning there, shortest
     * first, as (start, end, value) hits; positions whose first char or first pair starts no word are not walked.
     */
    static void parseBundled(DatTables t, char[] text, AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute> processor) {
        int[] base = t.base;
        int[] check = t.check;
        long[] first = t.first;
        int n = text.length;
        // The last char is done after the loop, so text[begin + 1] is in bounds for every begin of the loop: C2 hoisted
        // that read's range check out of the loop on the profile (a profile predicate over begin up to n - 1, which
        // fails), and the trap threw the compiled method away in most cold runs.
        int last = n - 1;
        for (int begin = 0; begin < last; begin++) {
            char c = text[begin];
            if ((first[c >>> 6] & (1L << c)) == 0) continue; // the first step fails
            if (!pairBit(t.pairs, c, text[begin + 1])) { // the second step fails
                if ((t.single[c >>> 6] & (1L << c)) != 0)
                    processor.hit(begin, begin + 1, (CoreDictionary.Attribute) t.singleValue[c]);
                continue;
            }
            int b = base[0];
            for (int i = begin; i < n; i++) { // the searcher's walk from begin
                int p = b + text[i] + 1;
                if (b != check[p]) break;
                b = base[p];
                int v = base[b];
                if (b == check[b] && v < 0) processor.hit(begin, i + 1, t.dat.getValueAt(-v - 1));
            }
        }
        if (last >= 0) { // the text ends after the first step: only a one-char word can start there
            char c = text[last];
            if ((first[c >>> 6] & (1L << c)) != 0 && (t.single[c >>> 6] & (1L << c)) != 0)
                processor.hit(last, n, (CoreDictionary.Attribute) t.singleValue[c]);
        }
    }

    static int pairHash(char a, char b) {
        return ((a * 0x9E3779B1 + b) * 0x85EBCA6B) >>> 16;
    }

    @Override
    public void parseText(char[] text, AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute> processor) {
        long[] first = firstChars;
        BinTrie<CoreDictionary.Attribute> t = trie;
        if (first == null || t == null) {
            super.parseText(text, processor);
            return;
        }
        parseInserted(t, first, singleWords, pairs, text, processor);
        DatTables d = datTables;
        if (d != null) {
            parseBundled(d, text, processor);
            return;
        }
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher = dat.getSearcher(text, 0);
        while (searcher.next()) processor.hit(searcher.begin, searcher.begin + searcher.length, searcher.value);
    }

    /**
     * {@code BinTrie.parseText}: from each start, every word of the trie beginning there, shortest first (HanLP walks
     * from {@code begin} until a char has no transition or the text ends, reporting each node with a value, then
     * starts again at {@code begin + 1}).
     */
    static void parseInserted(BinTrie<CoreDictionary.Attribute> t, long[] first, long[] single, long[] pairs, char[] text,
                              AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute> processor) {
        int n = text.length;
        for (int begin = 0; begin < n; begin++) {
            char c = text[begin];
            if ((first[c >>> 6] & (1L << c)) == 0) continue; // the root has no child for c: the walk ends at once
            if (begin + 1 == n || !pairBit(pairs, c, text[begin + 1])) { // the walk ends after the first char
                if ((single[c >>> 6] & (1L << c)) != 0) processor.hit(begin, begin + 1, t.transition(c).getValue());
                continue;
            }
            BaseNode<CoreDictionary.Attribute> state = t;
            for (int i = begin; i < n; i++) {
                state = state.transition(text[i]);
                if (state == null) break;
                CoreDictionary.Attribute v = state.getValue();
                if (v != null) processor.hit(begin, i + 1, v);
            }
        }
    }

    private static boolean pairBit(long[] pairs, char a, char b) {
        int h = pairHash(a, b);
        return (pairs[h >>> 6] & (1L << h)) != 0;
    }
}
