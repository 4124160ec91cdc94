package org.policylens.analysis.ingest;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The early exit of {@link Language#detect} never changes its answer. */
class LanguageDetectTest {

    /** The full count, as before the early exit. */
    private static Language reference(CharSequence text) {
        long cjk = 0;
        long letters = 0;
        for (int i = 0, n = Math.min(text.length(), 200_000); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
                cjk++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters == 0 || cjk * 5 >= letters ? Language.CHINESE : Language.ENGLISH;
    }

    @Test
    void sameAnswerAsTheFullCount() {
        SplittableRandom r = new SplittableRandom(9);
        String[] parts = {"经济", "发展", "abc", "Policy ", "，", "。", "1", " ", "é"};
        for (int k = 0; k < 3_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(6_000);
            double cjkShare = r.nextDouble();
            // a run of one kind at the end, where an early exit would go wrong if it were not exact
            while (sb.length() < len) sb.append(r.nextDouble() < cjkShare ? parts[r.nextInt(2)] : parts[2 + r.nextInt(7)]);
            if (r.nextBoolean()) sb.append("x".repeat(r.nextInt(5_000)));
            assertEquals(reference(sb), Language.detect(sb));
        }
        assertEquals(Language.CHINESE, Language.detect(""));
        assertEquals(reference("经".repeat(300_000) + "a".repeat(300_000)),
                Language.detect("经".repeat(300_000) + "a".repeat(300_000)));
    }

    @Test
    void letterTableIsCharacterIsLetter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetter((char) c), Chars.letter((char) c), Integer.toHexString(c));
        }
    }
}
