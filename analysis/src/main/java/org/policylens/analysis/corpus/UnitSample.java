package org.policylens.analysis.corpus;

import org.policylens.analysis.ingest.Part;

import java.util.SplittableRandom;

/**
 * The few numbers per unit that the bootstrap intervals of one document need (part, length,
 * themes carried, intensity), in compact growable arrays. Resamples units with replacement,
 * with a seed derived from the document id so every run gives the same intervals.
 */
public final class UnitSample {

    /** Bootstrap replicates per document. */
    public static final int REPLICATES = 200;

    private final int slots;
    private int n;
    private byte[] part = new byte[256];
    private int[] chars = new int[256];
    private long[] themes = new long[256];
    private double[] intensity = new double[256];

    /** @param slots theme slots (themes + none) */
    public UnitSample(int slots) {
        this.slots = slots;
    }

    /** @param themeMask bit t set when the unit carries theme t (at most 63 themes) */
    public void add(Part p, int unitChars, long themeMask, double unitIntensity) {
        if (n == part.length) grow();
        part[n] = (byte) PanelParts.indexOf(p);
        chars[n] = unitChars;
        themes[n] = themeMask;
        intensity[n] = unitIntensity;
        n++;
    }

    private void grow() {
        int size = n * 2;
        part = java.util.Arrays.copyOf(part, size);
        chars = java.util.Arrays.copyOf(chars, size);
        themes = java.util.Arrays.copyOf(themes, size);
        intensity = java.util.Arrays.copyOf(intensity, size);
    }

    /**
     * Bootstrap 95% intervals: {@code result[part][slot]} = {charShareLower, charShareUpper,
     * intensityLower, intensityUpper} (NaN where undefined).
     */
    public double[][][] intervals(long seed) {
        double[][][] out = new double[3][slots][];
        for (int p = 0; p < 3; p++) {
            int[] members = members(p);
            double[][] charShare = new double[slots][REPLICATES];
            double[][] meanIntensity = new double[slots][REPLICATES];
            SplittableRandom random = new SplittableRandom(seed * 31 + p);
            long[] c = new long[slots];
            long[] k = new long[slots];
            double[] in = new double[slots];
            for (int r = 0; r < REPLICATES; r++) {
                java.util.Arrays.fill(c, 0);
                java.util.Arrays.fill(k, 0);
                java.util.Arrays.fill(in, 0);
                long total = 0;
                for (int i = 0; i < members.length; i++) {
                    int u = members[random.nextInt(members.length)];
                    total += chars[u];
                    for (long mask = themes[u]; mask != 0; mask &= mask - 1) {
                        int s = Long.numberOfTrailingZeros(mask);
                        c[s] += chars[u];
                        k[s]++;
                        in[s] += intensity[u];
                    }
                }
                for (int s = 0; s < slots; s++) {
                    charShare[s][r] = total == 0 ? Double.NaN : (double) c[s] / total;
                    meanIntensity[s][r] = k[s] == 0 ? Double.NaN : in[s] / k[s];
                }
            }
            for (int s = 0; s < slots; s++) {
                double[] a = members.length == 0 ? new double[]{Double.NaN, Double.NaN} : Intervals.percentile95(charShare[s]);
                double[] b = members.length == 0 ? new double[]{Double.NaN, Double.NaN} : Intervals.percentile95(meanIntensity[s]);
                out[p][s] = new double[]{a[0], a[1], b[0], b[1]};
            }
        }
        return out;
    }

    private int[] members(int p) {
        if (p == 0) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int count = 0;
        for (int i = 0; i < n; i++) if (part[i] == p) count++;
        int[] m = new int[count];
        for (int i = 0, j = 0; i < n; i++) if (part[i] == p) m[j++] = i;
        return m;
    }

    /** A stable seed for a document id (independent of thread scheduling and JVM hash seeds). */
    public static long seedOf(String documentId) {
        long h = 1125899906842597L;
        for (int i = 0; i < documentId.length(); i++) h = 31 * h + documentId.charAt(i);
        return h;
    }
}
