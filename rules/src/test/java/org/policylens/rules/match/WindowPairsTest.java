package org.policylens.rules.match;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Windows put in one by one ({@link PatternSet#insertPair}) end as the sort of all of them gives. */
class WindowPairsTest {

    @Test
    void insertingAsTheyComeGivesTheSortedDistinctPairs() {
        SplittableRandom r = new SplittableRandom(8);
        for (int k = 0; k < 50_000; k++) {
            int count = r.nextInt(12);
            int[] all = new int[2 * count];
            int[] pairs = new int[8];
            int n = 0;
            for (int i = 0; i < count; i++) {
                int a = r.nextInt(20);
                int e = r.nextBoolean() ? a + 5 : a + 1 + r.nextInt(6); // mostly one end per start, not always
                all[2 * i] = a;
                all[2 * i + 1] = e;
                if (n + 2 > pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
                n = PatternSet.insertPair(pairs, n, a, e);
            }
            int[] expected = count == 0 ? new int[0] : PatternSet.sortedDistinctPairs(all, all.length);
            assertArrayEquals(expected, Arrays.copyOf(pairs, n), Arrays.toString(all));
        }
    }
}
