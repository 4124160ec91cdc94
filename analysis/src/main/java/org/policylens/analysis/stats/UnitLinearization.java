package org.policylens.analysis.stats;

/**
 * Analytic intervals of char_share and intensity for one document (the default {@link IntervalMethod#ANALYTIC}):
 * the linearised variance of each ratio of sums over the document's units, stratified by part exactly as
 * {@link UnitBootstrap} resamples (review, plan, other). {@code review} and {@code plan} are one stratum each;
 * {@code all} sums the three strata's variances around the ratio of the whole document.
 *
 * <ul>
 *   <li>char_share of theme t: {@code y_i = c_i·[t ∈ T(i)]}, {@code x_i = c_i}; clipped to [0, 1].</li>
 *   <li>intensity of theme t: {@code y_i = i_i·[t ∈ T(i)]}, {@code x_i = [t ∈ T(i)]} (a mean over the units
 *       carrying t, whose count is itself random); clipped to [0, ∞).</li>
 * </ul>
 *
 * <p>Two passes over the units (sums per stratum, then squared residuals around each stratum's mean residual),
 * no random numbers: the result depends only on the units, in any order of the threads.
 */
final class UnitLinearization {
    private static final int STRATA = UnitBootstrap.STRATA;
    private static final int SCOPES = PartScope.values().length;

    private final int themes;
    private final int[] stratum;
    private final int[] chars;
    private final int[] themeStart;     // CSR: themes of unit u are themeIndex[themeStart[u] .. themeStart[u+1])
    private final int[] themeIndex;
    private final double[] intensity;

    UnitLinearization(int themes, int[] stratum, int[] chars, int[] themeStart, int[] themeIndex, double[] intensity) {
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

    // Working sums, filled by run() (one instance per document).
    private long[] size;
    private long[] nonEmpty;           // units with c_i > 0
    private double[] xChars;
    private double[] yChars;
    private long[] carriers;
    private double[] yInt;
    private double[] rChars;
    private double[] rInt;
    private double[] meanChars;
    private double[] meanInt;
    private double[] ssChars;
    private double[] ssInt;

    /*
     * The loop nest is split into small methods, one loop (or one unit's work) each: a cold JVM compiled the one
     * large method six times with C2 (five on-stack-replacement entries at its different loops, then the normal
     * compile). Each step below adds and multiplies in the same order as before, so the results are the same bits.
     */
    ScopeIntervals run() {
        int k = themes;
        size = new long[STRATA];
        nonEmpty = new long[STRATA];
        xChars = new double[STRATA];
        yChars = new double[STRATA * k];
        carriers = new long[STRATA * k];
        yInt = new double[STRATA * k];
        sums();
        rChars = new double[SCOPES * k];
        rInt = new double[SCOPES * k];
        meanChars = new double[SCOPES * STRATA * k];
        meanInt = new double[SCOPES * STRATA * k];
        for (int sc = 0; sc < SCOPES; sc++)
            for (int t = 0; t < k; t++) ratio(sc, t);
        ssChars = new double[SCOPES * STRATA * k];
        ssInt = new double[SCOPES * STRATA * k];
        residuals();
        nonCarriers();
        return intervals();
    }

    /** Pass 1: sums per stratum. */
    private void sums() {
        int n = stratum.length;
        for (int u = 0; u < n; u++) sum(u);
    }

    private void sum(int u) {
        int k = themes;
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

    /** The ratios of scope {@code sc} and theme {@code t}, and each stratum's mean residual around them. */
    private void ratio(int sc, int t) {
        int k = themes;
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

    /** Pass 2: Σ (e_i − ē_h)² per scope, stratum and theme. */
    private void residuals() {
        int n = stratum.length;
        boolean[] carries = new boolean[themes];
        for (int u = 0; u < n; u++) residual(u, carries);
    }

    private void residual(int u, boolean[] carries) {
        int h = stratum[u];
        for (int j = themeStart[u]; j < themeStart[u + 1]; j++) carries[themeIndex[j]] = true;
        double c = chars[u];
        for (int sc = 0; sc < SCOPES; sc++) {
            if (!inScope(sc, h)) continue;
            residual(sc, h, c, intensity[u], carries);
        }
        for (int j = themeStart[u]; j < themeStart[u + 1]; j++) carries[themeIndex[j]] = false;
    }

    private void residual(int sc, int h, double c, double unitIntensity, boolean[] carries) {
        int k = themes;
        int base = (sc * STRATA + h) * k;
        for (int t = 0; t < k; t++) {
            int cell = base + t;
            double d = (carries[t] ? c : 0) - rChars[sc * k + t] * c - meanChars[cell];
            ssChars[cell] += d * d;
            if (carries[t]) {
                double di = unitIntensity - rInt[sc * k + t] - meanInt[cell];
                ssInt[cell] += di * di;
            }
        }
    }

    /** Units not carrying t have e_i = 0 for intensity: each adds ē_h². */
    private void nonCarriers() {
        int k = themes;
        for (int sc = 0; sc < SCOPES; sc++)
            for (int h = 0; h < STRATA; h++)
                for (int t = 0; t < k; t++) {
                    int cell = (sc * STRATA + h) * k + t;
                    if (inScope(sc, h)) ssInt[cell] += (size[h] - carriers[h * k + t]) * meanInt[cell] * meanInt[cell];
                }
    }

    private ScopeIntervals intervals() {
        int k = themes;
        Interval[][] cs = new Interval[SCOPES][k];
        Interval[][] in = new Interval[SCOPES][k];
        long[] sizes = new long[STRATA];
        double[] ssc = new double[STRATA];
        double[] ssi = new double[STRATA];
        for (int sc = 0; sc < SCOPES; sc++)
            for (int t = 0; t < k; t++) interval(sc, t, cs, in, sizes, ssc, ssi);
        return new ScopeIntervals(cs, in);
    }

    private void interval(int sc, int t, Interval[][] cs, Interval[][] in, long[] sizes, double[] ssc, double[] ssi) {
        int k = themes;
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
        in[sc][t] = LinearizedRatio.interval(rInt[sc * k + t], xi, carrying, sizes, ssi, 0, Double.POSITIVE_INFINITY);
    }
}
