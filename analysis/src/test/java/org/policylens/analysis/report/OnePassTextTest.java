package org.policylens.analysis.report;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Html.scriptJson and CjkFont.codePoints (one pass each) against the chained replaces and the code point stream. */
class OnePassTextTest {
    private static final char[] PIECES = {'a', '<', '>', '&', '\u2028', '\u2029', '\\', '"', '中', '\u2E7F', '\u2E80',
            '\uD83D', '\uDE00', '\uDFFF', '\uD800', '。', 'u', '0'};

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(30); i > 0; i--) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void scriptJsonAsTheChainedReplaces() {
        Random r = new Random(15);
        for (int n = 0; n < 20000; n++) {
            String s = random(r);
            String old = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
            assertEquals(old, Html.scriptJson(s), s);
            assertEquals("x" + old, Html.appendScriptJson(new StringBuilder("x"), s).toString(), s);
        }
    }

    @Test
    void codePointsAsTheStream() {
        Random r = new Random(15);
        for (int n = 0; n < 20000; n++) {
            String s = random(r);
            TreeSet<Integer> old = new TreeSet<>();
            s.codePoints().filter(c -> c >= 0x2E80).forEach(old::add);
            assertEquals(old, CjkFont.codePoints(s), s);
            assertEquals(old, CjkFont.codePoints(new StringBuilder(s)), s);
        }
    }
}
