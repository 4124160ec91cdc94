package org.policylens.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link NormBuilder#equalsOriginal} answers as {@code String.regionMatches} on the slice, last result or not. */
class NormBuilderEqualsTest {

    private static final String ALPHABET = "政府工作报告 \u3000\n\r。，Ab1\u00e9";

    @Test
    void sameAnswerAsRegionMatches() {
        SplittableRandom random = new SplittableRandom(13);
        NormBuilder builder = new NormBuilder();
        NormBuilder.Norm stale = null;
        for (int round = 0; round < 20_000; round++) {
            int length = random.nextInt(1, 300);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String original = sb.toString();
            char[] folded = original.toCharArray();
            if (random.nextInt(3) == 0) folded[random.nextInt(length)] = '中'; // folding changed one char
            int s = random.nextInt(length);
            int e = random.nextInt(s, length + 1);
            NormBuilder.Norm norm = builder.norm(folded, s, e, random.nextBoolean());
            String n = norm.text();
            boolean expected = n.length() == e - s && original.regionMatches(s, n, 0, n.length());
            assertEquals(expected, builder.equalsOriginal(norm, original, s, e), original + " [" + s + "," + e + ")");
            if (stale != null) { // an earlier result: compared through regionMatches
                String t = stale.text();
                int from = Math.min(s, Math.max(0, length - t.length()));
                boolean old = t.length() == Math.min(length, from + t.length()) - from
                        && original.regionMatches(from, t, 0, t.length());
                assertEquals(old, builder.equalsOriginal(stale, original, from, Math.min(length, from + t.length())));
            }
            if (round % 7 == 0) stale = norm;
        }
    }
}
