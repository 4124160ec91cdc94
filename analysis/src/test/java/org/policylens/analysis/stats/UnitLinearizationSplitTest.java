package org.policylens.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitLinearization} gives the same bits as before round 13 split its loop nest into small methods (for the
 * JIT). The digest below was taken from the one-method version on the same 400 random documents; any change to the
 * order of the additions and multiplications changes it.
 */
class UnitLinearizationSplitTest {

    /** SHA-256 of every interval bound's raw bits, computed by the one-method version (main at f6d5bdf). */
    private static final String ONE_METHOD_DIGEST = "76a31d4d0c02825b0fc49cffb07f4e22cd7f132b113699de882e1ccf8955ffd0";

    @Test
    void sameBitsAsTheOneMethodVersionOnRandomDocuments() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        ByteBuffer bits = ByteBuffer.allocate(16);
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
            for (int sc = 0; sc < PartScope.values().length; sc++)
                for (int t = 0; t < k; t++) {
                    add(digest, bits, split.charShare()[sc][t]);
                    add(digest, bits, split.intensity()[sc][t]);
                }
        }
        assertEquals(ONE_METHOD_DIGEST, HexFormat.of().formatHex(digest.digest()));
    }

    private static void add(MessageDigest digest, ByteBuffer bits, Interval interval) {
        bits.clear();
        bits.putLong(Double.doubleToRawLongBits(interval.lower())).putLong(Double.doubleToRawLongBits(interval.upper()));
        digest.update(bits.array());
    }
}
