package org.policylens.rules.segment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The char-class tables behind {@link SpeedTrie#kind} give what {@code Character}'s methods give. */
class SpeedTrieTest {

    @Test
    void everyCharAloneHasTheReferenceKind() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            String one = String.valueOf((char) i);
            int expected = SpeedTrie.kindReference(one, 0, 1);
            assertEquals(expected, SpeedTrie.kind(one, 0, 1), "U+" + Integer.toHexString(i));
            assertEquals(expected, SpeedTrie.SINGLE[i], "U+" + Integer.toHexString(i));
        }
    }

    @Test
    void classBitsMatchCharacter() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int b = SpeedTrie.CLASS[i];
            assertEquals(Character.isLetterOrDigit(c), (b & SpeedTrie.LOD) != 0, "U+" + Integer.toHexString(i));
            assertEquals(Character.isWhitespace(c), (b & SpeedTrie.WS) != 0, "U+" + Integer.toHexString(i));
        }
    }

    @Test
    void mixedRunsHaveTheReferenceKind() {
        String alphabet = "中国经济ab Z09.%，。、\u3000\t\n\uD83D\uDE00ａ１é—（）·-_×\u00A0\u2028";
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            int len = 1 + r.nextInt(6);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(SpeedTrie.kindReference(s, 0, len), SpeedTrie.kind(s, 0, len), s);
        }
    }

    @Test
    void everyTwoCharPrefixOfTheTriePassesThePairFilter() {
        int[] base = ChineseSegmenter.SPEED_TRIE.getBase();
        int[] check = ChineseSegmenter.SPEED_TRIE.getCheck();
        int n = Math.min(base.length, check.length);
        int root = base[0];
        int pairs = 0;
        int rejected = 0;
        for (int c1 = 0; c1 <= Character.MAX_VALUE; c1++) {
            int p1 = root + c1 + 1;
            if (p1 >= n || check[p1] != root) continue;
            int b1 = base[p1];
            if (b1 < 0 || b1 >= n) continue;
            for (int c2 = 0; c2 <= Character.MAX_VALUE; c2++) {
                if (c2 == 0x80) c2 = 0x3000; // ASCII, then CJK punctuation, ideographs and full-width forms
                int p2 = b1 + c2 + 1;
                if (p2 >= n) break;
                boolean exists = check[p2] == b1;
                boolean passes = SpeedTrie.CORE.mayHavePair((char) c1, (char) c2);
                if (exists) {
                    pairs++;
                    assertEquals(true, passes, Integer.toHexString(c1) + " " + Integer.toHexString(c2));
                } else if (!passes) {
                    rejected++;
                }
            }
        }
        assertEquals(true, pairs > 10_000, "pairs: " + pairs);
        assertEquals(true, rejected > 0, "the filter rejects nothing");
    }

    @Test
    void everyThreeCharPrefixOfTheTriePassesTheTripleFilter() {
        int[] base = ChineseSegmenter.SPEED_TRIE.getBase();
        int[] check = ChineseSegmenter.SPEED_TRIE.getCheck();
        int n = Math.min(base.length, check.length);
        int root = base[0];
        int triples = 0;
        long rejected = 0;
        for (int c1 = 0x4E00; c1 <= 0x9FA5; c1 += 5) { // every fifth first char: the test stays short
            int p1 = root + c1 + 1;
            if (p1 >= n || check[p1] != root) continue;
            int b1 = base[p1];
            if (b1 < 0 || b1 >= n) continue;
            for (int c2 = 0x4E00; c2 <= 0x9FA5; c2++) {
                int p2 = b1 + c2 + 1;
                if (p2 >= n) break;
                if (check[p2] != b1) continue;
                int b2 = base[p2];
                if (b2 < 0 || b2 >= n) continue;
                for (int c3 = 0; c3 <= Character.MAX_VALUE; c3++) {
                    if (c3 == 0x80) c3 = 0x3000; // ASCII, then CJK punctuation, ideographs and full-width forms
                    int p3 = b2 + c3 + 1;
                    if (p3 >= n) break;
                    boolean passes = SpeedTrie.CORE.mayHaveTriple((char) c1, (char) c2, (char) c3);
                    if (check[p3] == b2) {
                        triples++;
                        assertEquals(true, passes, Integer.toHexString(c1) + " " + Integer.toHexString(c2) + " "
                                + Integer.toHexString(c3));
                    } else if (!passes) {
                        rejected++;
                    }
                }
            }
        }
        assertEquals(true, triples > 3_000, "triples: " + triples);
        assertEquals(true, rejected > 0, "the filter rejects nothing: " + rejected + " of " + triples);
    }
}
