package org.policylens.analysis.ingest;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Normalizer#fold} counts the traditional hints while folding: the same decision as folding, then counting. */
class NormalizerFoldTest {

    @Test
    void sameDecisionAsFoldingThenCounting() {
        String alphabet = "們個這來時為經發會國說对后过进产业区经济发展１２ＡＢ　\t％．abc，。";
        SplittableRandom r = new SplittableRandom(4);
        for (int k = 0; k < 400; k++) {
            int len = r.nextInt(k % 20 == 0 ? 15_000 : 300); // past the 10,000 chars the hints are counted in
            double traditionalShare = r.nextDouble() * 0.2;
            char[] text = new char[len];
            for (int i = 0; i < len; i++) {
                text[i] = r.nextDouble() < traditionalShare ? alphabet.charAt(r.nextInt(10))
                        : alphabet.charAt(10 + r.nextInt(alphabet.length() - 10));
            }
            char[] folded = text.clone();
            for (int i = 0; i < folded.length; i++) folded[i] = Normalizer.foldChar(folded[i]);
            boolean expected = Normalizer.isTraditional(folded.clone());
            char[] got = text.clone();
            assertEquals(expected, Normalizer.fold(got));
            if (!expected) assertArrayEquals(folded, got);
        }
    }
}
