package org.policylens.rules.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** {@link UnitScan#reset}'s clearing of only the entries a unit set leaves the arrays as {@code Arrays.fill} would. */
class ScanResetTest {

    @Test
    @SuppressWarnings("unchecked")
    void clearingTheRecordedGroupsEmptiesEveryEntry() {
        SplittableRandom r = new SplittableRandom(21);
        for (int k = 0; k < 5_000; k++) {
            int n = 1 + r.nextInt(300);
            List<Span>[] contexts = new List[n];
            int[] groups = new int[2];
            int count = 0;
            for (int h = r.nextInt(20); h > 0; h--) { // as UnitScan.hit records them: each group once, when first set
                int g = r.nextInt(n);
                if (contexts[g] == null) {
                    contexts[g] = new ArrayList<>();
                    if (count == groups.length) groups = Arrays.copyOf(groups, count * 2);
                    groups[count++] = g;
                }
                contexts[g].add(new Span(h, h + 1));
            }
            if (r.nextBoolean()) Arrays.sort(groups, 0, count); // contextGroups() sorts them in place
            UnitScan.clearContexts(contexts, groups, count);
            assertArrayEquals(new List[n], contexts);
        }
    }

    @Test
    void clearingTheLiteralHitsExpressionsUnsetsEveryPattern() {
        SplittableRandom r = new SplittableRandom(22);
        for (int k = 0; k < 5_000; k++) {
            int n = 1 + r.nextInt(100);
            boolean[] seen = new boolean[n];
            int[] hits = new int[3 * 40 + r.nextInt(5)];
            int count = 0;
            for (int h = r.nextInt(40); h > 0; h--) {
                int p = r.nextInt(n);
                seen[p] = true;
                hits[count++] = p;
                hits[count++] = h;
                hits[count++] = h + 2;
            }
            for (int i = count; i < hits.length; i++) hits[i] = r.nextInt(n); // stale entries after the count
            UnitScan.clearPatternSeen(seen, hits, count);
            assertArrayEquals(new boolean[n], seen);
        }
    }
}
