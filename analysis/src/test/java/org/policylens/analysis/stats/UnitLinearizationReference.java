package org.policylens.analysis.stats;

/**
 * The analytic interval as one method, as it was before round 13 split its loop nest into small methods (for the
 * JIT): {@link UnitLinearizationSplitTest} checks that the split version returns the same bits.
 */
final class UnitLinearizationReference {
    private static final int STRATA = UnitBootstrap.STRATA;
    private static final int SCOPES = PartScope.values().length;

    private final int themes;
    private final int[] stratum;
    private final int[] chars;
    private final int[] themeStart;     // CSR: themes of unit u are themeIndex[themeStart[u] .. themeStart[u+1])
    private final int[] themeIndex;
    private final double[] intensity;

    UnitLinearizationReference(int themes, int[] stratum, int[] chars, int[] themeStart, int[] themeIndex, double[] intensity) {
        this.themes = themes;
        this.stratum = stratum;
        this.chars = chars;
        this.themeStart = themeStart;
        this.themeIndex = themeIndex;
        this.intensity = intensity;
    }

    /** Whether stratum {@code h} (0 review, 1 plan, 2 other) belongs to the scope. */
    private static boolean inScope(int scope, int h) {
        return scope == PartScope.ALL.ordinal() || (scope == PartScope.REVIEW.ordinal() && h == 0)
                || (scope == PartScope.PLAN.ordinal() && h == 1);
    }

    ScopeIntervals run() {
        int k = themes;
        int n = stratum.length;
        // Pass 1: sums per stratum.
        long[] size = new long[STRATA];
        long[] nonEmpty = new long[STRATA];         // units with c_i > 0
        double[] xChars = new double[STRATA];
        double[] yChars = new double[STRATA * k];
        long[] carriers = new long[STRATA * k];
        double[] yInt = new double[STRATA * k];
        for (int u = 0; u < n; u++) {
            int h = stratum[u];
            size[h]++;
            if (chars[u] > 0) nonEmpty[h]++;
            xChars[h] += chars[u];
            for (int j = themeStart[u]; j < themeStart[u + 1]; j++) {
                int cell = h * k + themeIndex[j];
                yChars[cell] += chars[u];
                carriers[cell]++;
                yInt[cell] += intensity[u];
            }
        }
        // Ratios per scope and theme, and each stratum's mean residual around its scope's ratio.
        double[] rChars = new double[SCOPES * k];
        double[] rInt = new double[SCOPES * k];
        double[] meanChars = new double[SCOPES * STRATA * k];
        double[] meanInt = new double[SCOPES * STRATA * k];
        for (int sc = 0; sc < SCOPES; sc++)
            for (int t = 0; t < k; t++) {
                double xc = 0, yc = 0, xi = 0, yi = 0;
                for (int h = 0; h < STRATA; h++) {
                    if (!inScope(sc, h)) continue;
                    xc += xChars[h];
                    yc += yChars[h * k + t];
                    xi += carriers[h * k + t];
                    yi += yInt[h * k + t];
                }
                double rc = xc > 0 ? yc / xc : Double.NaN;
                double ri = xi > 0 ? yi / xi : Double.NaN;
                rChars[sc * k + t] = rc;
                rInt[sc * k + t] = ri;
                for (int h = 0; h < STRATA; h++) {
                    if (!inScope(sc, h) || size[h] == 0) continue;
                    int cell = (sc * STRATA + h) * k + t;
                    meanChars[cell] = (yChars[h * k + t] - rc * xChars[h]) / size[h];
                    meanInt[cell] = (yInt[h * k + t] - ri * carriers[h * k + t]) / size[h];
                }
            }
        // Pass 2: Σ (e_i − ē_h)² per scope, stratum and theme.
        double[] ssChars = new double[SCOPES * STRATA * k];
        double[] ssInt = new double[SCOPES * STRATA * k];
        boolean[] carries = new boolean[k];
        for (int u = 0; u < n; u++) {
            int h = stratum[u];
            for (int j = themeStart[u]; j < themeStart[u + 1]; j++) carries[themeIndex[j]] = true;
            double c = chars[u];
            for (int sc = 0; sc < SCOPES; sc++) {
                if (!inScope(sc, h)) continue;
                int base = (sc * STRATA + h) * k;
                for (int t = 0; t < k; t++) {
                    int cell = base + t;
                    double d = (carries[t] ? c : 0) - rChars[sc * k + t] * c - meanChars[cell];
                    ssChars[cell] += d * d;
                    if (carries[t]) {
                        double di = intensity[u] - rInt[sc * k + t] - meanInt[cell];
                        ssInt[cell] += di * di;
                    }
                }
            }
            for (int j = themeStart[u]; j < themeStart[u + 1]; j++) carries[themeIndex[j]] = false;
        }
        // Units not carrying t have e_i = 0 for intensity: each adds ē_h².
        for (int sc = 0; sc < SCOPES; sc++)
            for (int h = 0; h < STRATA; h++)
                for (int t = 0; t < k; t++) {
                    int cell = (sc * STRATA + h) * k + t;
                    if (inScope(sc, h)) ssInt[cell] += (size[h] - carriers[h * k + t]) * meanInt[cell] * meanInt[cell];
                }
        Interval[][] cs = new Interval[SCOPES][k];
        Interval[][] in = new Interval[SCOPES][k];
        long[] sizes = new long[STRATA];
        double[] ssc = new double[STRATA];
        double[] ssi = new double[STRATA];
        for (int sc = 0; sc < SCOPES; sc++)
            for (int t = 0; t < k; t++) {
                double xc = 0, xi = 0;
                long nonEmptyUnits = 0, carrying = 0;
                for (int h = 0; h < STRATA; h++) {
                    boolean in1 = inScope(sc, h);
                    int cell = (sc * STRATA + h) * k + t;
                    sizes[h] = in1 ? size[h] : 0;
                    ssc[h] = in1 ? ssChars[cell] : 0;
                    ssi[h] = in1 ? ssInt[cell] : 0;
                    if (!in1) continue;
                    xc += xChars[h];
                    xi += carriers[h * k + t];
                    nonEmptyUnits += nonEmpty[h];
                    carrying += carriers[h * k + t];
                }
                cs[sc][t] = LinearizedRatio.interval(rChars[sc * k + t], xc, nonEmptyUnits, sizes, ssc, 0, 1);
                in[sc][t] = LinearizedRatio.interval(rInt[sc * k + t], xi, carrying, sizes, ssi, 0,
                        Double.POSITIVE_INFINITY);
            }
        return new ScopeIntervals(cs, in);
    }
}
