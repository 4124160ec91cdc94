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
}
