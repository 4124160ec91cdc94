package org.policylens.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link UnitLinearization} (loop nest in small methods) gives the same bits as the one-method reference. */
class UnitLinearizationSplitTest {

    @Test
    void sameBitsAsTheOneMethodVersionOnRandomDocuments() {
        Random random = new Random(13);
        for (int round = 0; round < 400; round++) {
            int k = 1 + random.nextInt(12);
            int n = random.nextInt(round < 20 ? 4 : 300);
            int[] stratum = new int[n];
            int[] chars = new int[n];
            int[] themeStart = new int[n + 1];
            double[] intensity = new double[n];
            int[] index = new int[n * k];
            int used = 0;
            int strata = 1 + random.nextInt(UnitBootstrap.STRATA); // some documents lack a part
            for (int u = 0; u < n; u++) {
                stratum[u] = random.nextInt(strata);
                chars[u] = random.nextInt(10) == 0 ? 0 : random.nextInt(200);
                intensity[u] = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 4;
                themeStart[u] = used;
                for (int t = 0; t < k; t++) if (random.nextInt(4) == 0) index[used++] = t;
            }
            themeStart[n] = used;
            int[] themeIndex = java.util.Arrays.copyOf(index, used);
            ScopeIntervals split = new UnitLinearization(k, stratum, chars, themeStart, themeIndex, intensity).run();
            ScopeIntervals one = new UnitLinearizationReference(k, stratum, chars, themeStart, themeIndex, intensity).run();
            for (int sc = 0; sc < PartScope.values().length; sc++)
                for (int t = 0; t < k; t++) {
                    same(one.charShare()[sc][t], split.charShare()[sc][t]);
                    same(one.intensity()[sc][t], split.intensity()[sc][t]);
                }
        }
    }

    private static void same(Interval expected, Interval actual) {
        assertEquals(Double.doubleToRawLongBits(expected.lower()), Double.doubleToRawLongBits(actual.lower()));
        assertEquals(Double.doubleToRawLongBits(expected.upper()), Double.doubleToRawLongBits(actual.upper()));
    }
}
