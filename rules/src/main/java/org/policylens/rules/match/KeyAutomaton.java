package org.policylens.rules.match;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one Aho-Corasick automaton of a pack: every term, proximity term, exclusion context, intensifier and pattern
 * literal. Immutable and thread-safe.
 *
 * <p>The automaton runs on a dense alphabet: each char that occurs in some key gets a small code (1, 2, ...), every
 * other char one shared code that no key holds. Keys and text are translated alike, so the occurrences found are
 * exactly those of the original keys in the original text (the translation is one-to-one on key chars, and a char
 * outside every key can be part of no occurrence either way); but the double-array trie indexes by char code, and
 * with a thousand small codes instead of CJK code points its arrays are small enough to stay in the CPU cache.
 * Codes keep the chars' order, so the translated keys sort as the keys do: the same key indexes, and occurrences
 * ending at the same char are reported in the same order as on the untranslated automaton.
 */
final class KeyAutomaton {

    /** Dense code of each key char; other chars share one code. */
    private final char[] dense = new char[Character.MAX_VALUE + 1];
    /** The code each text char is read as: {@link #dense} of the char with ASCII letters lower-cased. */
    private final char[] textCode;
    /** The one code of every char that occurs in no key. */
    private final char otherCode;
    /** Values are the key indexes (checked once); the scan takes the index the trie passes and never reads them. */
    private final AhoCorasickDoubleArrayTrie<Object> trie = new AhoCorasickDoubleArrayTrie<>();
    private final KeyCodes codes;
    /** The arrays {@link #scan} walks; null: use HanLP's {@code parseText}. */
    private final Walk walk;

    KeyAutomaton(TreeMap<String, KeyUse> keys) {
        boolean[] used = new boolean[Character.MAX_VALUE + 1];
        for (String k : keys.keySet()) {
            for (int i = 0; i < k.length(); i++) used[k.charAt(i)] = true;
        }
        char next = 1; // codes in char order: translated keys sort as the keys do, so key indexes are unchanged
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!used[c]) continue;
            if (next == Character.MAX_VALUE) throw new IllegalStateException("too many distinct key chars");
            dense[c] = next++;
        }
        char other = next;
        otherCode = other;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (dense[c] == 0) dense[c] = other;
        }
        textCode = dense.clone();
        for (char c = 'A'; c <= 'Z'; c++) textCode[c] = dense[c + 32]; // the text is matched ASCII-lower-cased
        TreeMap<String, KeyUse> translated = new TreeMap<>();
        for (Map.Entry<String, KeyUse> e : keys.entrySet()) translated.put(translate(e.getKey()), e.getValue());
        TreeMap<String, Object> index = new TreeMap<>();
        List<int[]> list = new ArrayList<>(translated.size());
        for (Map.Entry<String, KeyUse> e : translated.entrySet()) {
            index.put(e.getKey(), index.size());
            list.add(e.getValue().code());
        }
        this.codes = KeyCodes.of(list);
        if (!index.isEmpty()) trie.build(index);
        for (int i = 0; i < index.size(); i++) {
            if (!Integer.valueOf(i).equals(trie.get(i))) throw new IllegalStateException("automaton key order differs from TreeMap order");
        }
        this.walk = walkOf(trie);
    }

    private String translate(String key) {
        char[] cs = key.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = dense[cs[i]];
        return new String(cs);
    }

    /** The codes of the keys, in the order {@link UnitScan} receives their indexes. */
    KeyCodes codes() {
        return codes;
    }

    /**
     * Reports every key occurrence in {@code text}, ASCII letters lower-cased (keys are in match form), to
     * {@code scan}, with the key's index in sorted key order. Returns whether {@code text} has an ASCII capital.
     *
     * <p>Walks the automaton's own arrays ({@link Walk}) while translating the text, so no translated copy of the
     * text is made: the same states, the same occurrences in the same order as HanLP's {@code parseText} (which
     * {@link #scanReference} still runs; the tests compare both). The value passed to {@code scan} is null (the
     * pack's scan never reads it).
     */
    boolean scan(String text, AhoCorasickDoubleArrayTrie.IHitFull<Object> scan) {
        Walk w = walk;
        if (w == null) return scanReference(text, scan);
        final int[] bc = w.bc;
        final int limit = w.limit;
        final int[] fail = w.fail;
        final int[][] output = w.output;
        final int[] len = w.length;
        final char[] code = textCode;
        final int other = otherCode;
        final int n = text.length();
        boolean upper = false;
        int state = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch >= 'A' && ch <= 'Z') upper = true;
            int c = code[ch];
            // a char in no key: no state has a transition on it, so the fail links end at the root
            state = next(bc, limit, fail, c == other ? 0 : state, c);
            if (bc[2 * state + 1] < 0) { // output (the root's flag too: output[0] != null)
                int end = i + 1;
                for (int h : output[state]) scan.hit(end - len[h], end, null, h);
            }
        }
        return upper;
    }

    /**
     * The state after reading code {@code c} in state {@code s}: HanLP's getState (transitionWithRoot, following
     * fail links; the root when nothing matches). A method of its own, so {@link #scan} has one loop: the JIT compiles
     * it once on-stack at that loop instead of once per loop of a nest.
     */
    private static int next(int[] bc, int limit, int[] fail, int s, int c) {
        while (true) {
            int b = bc[2 * s];
            int p = b + c + 1;
            if (p >= 0 && p < limit && b == (bc[2 * p + 1] & CHECK)) return p;
            if (s == 0) return 0;
            s = fail[s];
        }
    }

    private static final int HAS_OUTPUT = Integer.MIN_VALUE;
    private static final int CHECK = Integer.MAX_VALUE;

    /** {@link #scan} through HanLP's {@code parseText} on a translated copy of the text: the reference for tests. */
    boolean scanReference(String text, AhoCorasickDoubleArrayTrie.IHitFull<Object> scan) {
        char[] cs = new char[text.length()];
        boolean upper = false;
        for (int i = 0; i < cs.length; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') upper = true;
            cs[i] = textCode[c];
        }
        if (cs.length > 0 && trie.size() > 0) trie.parseText(cs, scan);
        return upper;
    }

    /** Whether {@link #scan} walks the arrays itself (false: HanLP's fields were not readable; it calls HanLP). */
    boolean walksArrays() {
        return walk != null;
    }

    /**
     * The built automaton's arrays, as the walk reads them: {@code base[p]} at {@code bc[2p]} and {@code check[p]} at
     * {@code bc[2p + 1]} (one cache line per transition), with the sign bit of the check entry set when state
     * {@code p} has output (HanLP's {@code output[p] != null}; every check value is {@code >= 0}, verified);
     * {@code fail}, {@code output} and the key lengths as HanLP has them.
     */
    private record Walk(int[] bc, int limit, int[] fail, int[][] output, int[] length) {
    }

    /** Reads HanLP's (non-public) arrays once; null when they cannot be read or the trie is empty. */
    private static Walk walkOf(AhoCorasickDoubleArrayTrie<Object> trie) {
        if (trie.size() == 0) return null;
        try {
            Class<?> c = AhoCorasickDoubleArrayTrie.class;
            int[] base = (int[]) field(c, "base").get(trie);
            int[] check = (int[]) field(c, "check").get(trie);
            int[] fail = (int[]) field(c, "fail").get(trie);
            int[][] output = (int[][]) field(c, "output").get(trie);
            int[] length = (int[]) field(c, "l").get(trie);
            if (base == null || check == null || fail == null || output == null || length == null) return null;
            if (base.length < check.length) return null;
            int limit = check.length;
            int[] bc = new int[2 * limit];
            for (int p = 0; p < limit; p++) {
                if (check[p] < 0) return null; // the sign bit is needed for the output flag
                boolean out = p < output.length && output[p] != null;
                bc[2 * p] = base[p];
                bc[2 * p + 1] = check[p] | (out ? HAS_OUTPUT : 0);
            }
            return new Walk(bc, limit, fail, output, length);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // scan falls back to HanLP's parseText
        }
    }

    private static java.lang.reflect.Field field(Class<?> c, String name) throws NoSuchFieldException {
        java.lang.reflect.Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
