package org.policylens.rules.match;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharTestTest {

    @Test
    void candidateBitIsTheCandidatesIndex() {
        String cands = PatternWindows.CANDIDATES;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int i = cands.indexOf((char) c);
            assertEquals(i < 0 ? 0 : 1 << i, CharTest.candidateBit((char) c), "char " + c);
        }
    }

    @Test
    void hasIsIndexOfForEveryChar() {
        SplittableRandom r = new SplittableRandom(31);
        List<String> sets = new java.util.ArrayList<>(List.of("", "。", "，。", PatternWindows.CANDIDATES, "x", "。x",
                "生", "；;", "a，"));
        for (int k = 0; k < 30; k++) { // random subsets of the candidates, some with another char
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < PatternWindows.CANDIDATES.length(); i++) if (r.nextBoolean()) sb.append(PatternWindows.CANDIDATES.charAt(i));
            if (k % 3 == 0) sb.append((char) r.nextInt(Character.MAX_VALUE + 1));
            sets.add(sb.toString());
        }
        for (String set : sets) {
            CharTest t = new CharTest(set);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                assertEquals(set.indexOf((char) c) >= 0, t.has((char) c), set + " char " + c);
            }
        }
    }
}
