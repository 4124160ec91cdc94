package org.policylens.analysis.stats;

/**
 * Percentile bootstrap of char_share and intensity for one document ({@link IntervalMethod#BOOTSTRAP}), resampling units with replacement
 * <em>within each part</em> (review, plan, other: a stratified bootstrap, since the part sizes are fixed by the
 * report's structure). One pass gives the intervals of all three scopes: review and plan from their own
 * stratum, all from the sum of the three strata.
 *
 * <p>Cost: B × units random draws plus, per replicate, one pass over the distinct drawn units and their themes;
 * primitive arrays only. Determinism: one {@link SplitMix64} per call, draws in a fixed order (replicate,
 * stratum, position), sums in unit order.
 */
final class UnitBootstrap {
    static final int STRATA = 3; // review, plan, other

    private final int themes;
    private final int[][] members;      // unit indices per stratum
    private final int[] chars;
    private final int[] themeStart;     // CSR: themes of unit u are themeIndex[themeStart[u] .. themeStart[u+1])
    private final int[] themeIndex;
    private final double[] intensity;

    UnitBootstrap(int themes, int[] stratum, int[] chars, int[] themeStart, int[] themeIndex, double[] intensity) {
        this.themes = themes;
        this.chars = chars;
        this.themeStart = themeStart;
        this.themeIndex = themeIndex;
        this.intensity = intensity;
        int[] counts = new int[STRATA];
        for (int s : stratum) counts[s]++;
        members = new int[STRATA][];
        for (int s = 0; s < STRATA; s++) members[s] = new int[counts[s]];
        int[] fill = new int[STRATA];
        for (int u = 0; u < stratum.length; u++) members[stratum[u]][fill[stratum[u]]++] = u;
    }

    /** Intervals indexed {@code [scope.ordinal()][theme]}; scopes whose point estimate is undefined get NONE. */
    ScopeIntervals run(int replicates, long seed) {
        int scopes = PartScope.values().length;
        SplitMix64 rng = new SplitMix64(seed);
        long[] accChars = new long[STRATA];
        long[] accAnyChars = new long[STRATA * themes];
        long[] accAnyN = new long[STRATA * themes];
        double[] accInt = new double[STRATA * themes];
        double[][] csValues = new double[scopes * themes][replicates];
        double[][] inValues = new double[scopes * themes][replicates];
        int[] csCount = new int[scopes * themes];
        int[] inCount = new int[scopes * themes];
        int[] picks = new int[Math.max(members[0].length, Math.max(members[1].length, members[2].length))];
        for (int b = 0; b < replicates; b++) {
            java.util.Arrays.fill(accChars, 0);
            java.util.Arrays.fill(accAnyChars, 0);
            java.util.Arrays.fill(accAnyN, 0);
            java.util.Arrays.fill(accInt, 0);
            for (int s = 0; s < STRATA; s++) draw(rng, s, picks, accChars, accAnyChars, accAnyN, accInt);
            for (PartScope scope : PartScope.values()) {
                int sc = scope.ordinal();
                long ch = scopeSum(accChars, scope, 0, 1);
                for (int t = 0; t < themes; t++) {
                    long anyChars = scopeSum(accAnyChars, scope, t, themes);
                    long anyN = scopeSum(accAnyN, scope, t, themes);
                    double intSum = scopeSumD(accInt, scope, t, themes);
                    int cell = sc * themes + t;
                    if (ch > 0) csValues[cell][csCount[cell]++] = (double) anyChars / ch;
                    if (anyN > 0) inValues[cell][inCount[cell]++] = intSum / anyN;
                }
            }
        }
        Interval[][] cs = new Interval[scopes][themes];
        Interval[][] in = new Interval[scopes][themes];
        for (int sc = 0; sc < scopes; sc++)
            for (int t = 0; t < themes; t++) {
                int cell = sc * themes + t;
                cs[sc][t] = Quantiles.percentile(csValues[cell], csCount[cell], 0.05);
                in[sc][t] = Quantiles.percentile(inValues[cell], inCount[cell], 0.05);
            }
        return new ScopeIntervals(cs, in);
    }

    /**
     * One resample of stratum {@code s}: n draws with replacement, tallied first as a count per unit (the
     * multinomial counts), then added up in unit order, which touches each drawn unit's themes once.
     */
    private void draw(SplitMix64 rng, int s, int[] picks, long[] accChars, long[] accAnyChars, long[] accAnyN,
                      double[] accInt) {
        int[] pool = members[s];
        int n = pool.length;
        if (n == 0) return;
        java.util.Arrays.fill(picks, 0, n, 0);
        for (int i = 0; i < n; i++) picks[rng.nextInt(n)]++;
        long ch = 0;
        int base = s * themes;
        for (int j = 0; j < n; j++) {
            int k = picks[j];
            if (k == 0) continue;
            int u = pool[j];
            long c = (long) k * chars[u];
            ch += c;
            double w = k * intensity[u];
            for (int t = themeStart[u], end = themeStart[u + 1]; t < end; t++) {
                int cell = base + themeIndex[t];
                accAnyChars[cell] += c;
                accAnyN[cell] += k;
                accInt[cell] += w;
            }
        }
        accChars[s] = ch;
    }

    /** Strata 0 = review, 1 = plan, 2 = other; scope all = all three. */
    private static long scopeSum(long[] acc, PartScope scope, int t, int stride) {
        return switch (scope) {
            case REVIEW -> acc[t];
            case PLAN -> acc[stride + t];
            case ALL -> acc[t] + acc[stride + t] + acc[2 * stride + t];
        };
    }

    private static double scopeSumD(double[] acc, PartScope scope, int t, int stride) {
        return switch (scope) {
            case REVIEW -> acc[t];
            case PLAN -> acc[stride + t];
            case ALL -> acc[t] + acc[stride + t] + acc[2 * stride + t];
        };
    }
}
