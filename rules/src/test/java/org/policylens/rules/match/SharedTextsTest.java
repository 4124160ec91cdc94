package org.policylens.rules.match;

import org.junit.jupiter.api.Test;
import org.policylens.rules.IntensifierHit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class SharedTextsTest {

    private static final List<String> KEYS = List.of("生态", "创新生态", "pm2.5", "a", "空气质量", "Aa", "BB");

    @Test
    void aSliceEqualToAKeyIsTheKeyItself() {
        SharedTexts t = new SharedTexts(KEYS);
        String text = "打造创新生态和空气质量pm2.5";
        assertSame(KEYS.get(1), t.slice(text, 2, 6));
        assertSame(KEYS.get(0), t.slice(text, 4, 6));
        assertSame(KEYS.get(4), t.slice(text, 7, 11));
        assertSame(KEYS.get(2), t.slice(text, 11, 16));
        assertEquals("造创", t.slice(text, 1, 3));
    }

    @Test
    void everySliceEqualsSubstring() {
        SharedTexts t = new SharedTexts(KEYS);
        // "Aa" and "BB" have the same String.hashCode: a collision in the table
        assertEquals("Aa".hashCode(), "BB".hashCode());
        String alphabet = "生态创新空气质量pm2.5aABb";
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 50_000; k++) {
            String got = randomSlice(t, r, alphabet, 12);
            if (KEYS.contains(got)) assertSame(KEYS.get(KEYS.indexOf(got)), got);
        }
    }

    @Test
    void manyKeysEverySliceEqualsSubstringAndKeysAreShared() {
        SplittableRandom r = new SplittableRandom(11);
        String alphabet = "生态创新空气质量abAB";
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        while (keys.size() < 3_000) {
            int len = 1 + r.nextInt(6);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            keys.add(sb.toString());
        }
        java.util.Map<String, String> own = new java.util.HashMap<>();
        for (String k : keys) own.put(k, k);
        SharedTexts t = new SharedTexts(keys);
        for (int k = 0; k < 50_000; k++) {
            String got = randomSlice(t, r, alphabet, 10);
            if (own.containsKey(got)) assertSame(own.get(got), got);
            else assertNotSame(own.get(got), got);
        }
    }

    @Test
    void noKeysAlwaysCopies() {
        SharedTexts t = new SharedTexts(List.of());
        String text = "生态";
        assertEquals("生态", t.slice(text, 0, 2));
        assertNotSame(text, t.slice(text, 0, 1));
    }

    @Test
    void intensityIsTheStreamSum() {
        SplittableRandom r = new SplittableRandom(5);
        double[] specials = {0.0, -0.0, 1e-300, 0.1, 0.2, 0.3, 1.5, -2.25, 1e16, -1e16, 1e308, Double.MAX_VALUE,
                -Double.MAX_VALUE, Double.MIN_VALUE}; // sums past MAX_VALUE: the infinite-result path
        for (int k = 0; k < 20_000; k++) {
            int n = r.nextInt(k % 10 == 0 ? 40 : 5);
            List<IntensifierHit> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double w = r.nextBoolean() ? specials[r.nextInt(specials.length)] : r.nextDouble() * 3 - 1;
                hits.add(new IntensifierHit("t", i, i + 1, w));
            }
            double expected = hits.isEmpty() ? 0 : hits.stream().mapToDouble(IntensifierHit::weight).sum();
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(MatchEngine.intensity(hits)),
                    hits.toString());
        }
    }

    /** A random slice of a random text of 1 to {@code maxLen} chars, through {@code t}; checked against substring. */
    private static String randomSlice(SharedTexts t, SplittableRandom r, String alphabet, int maxLen) {
        int len = 1 + r.nextInt(maxLen);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        String text = sb.toString();
        int s = r.nextInt(len);
        int e = s + 1 + r.nextInt(len - s);
        String got = t.slice(text, s, e);
        assertEquals(text.substring(s, e), got);
        return got;
    }
}
