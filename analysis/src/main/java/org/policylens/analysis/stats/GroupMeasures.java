package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pooled measures of each group ({@code groups_long}). Unit-share intervals are Wilson on the pooled counts.
 * char_share and intensity intervals treat the group's <em>documents</em> as clusters: by default
 * ({@link IntervalMethod#ANALYTIC}) the linearised variance of the pooled ratio with documents as sampling units;
 * with {@link IntervalMethod#BOOTSTRAP} a cluster bootstrap that resamples the documents (B = the options'
 * replicates, seeded with seed ^ fnv1a64(groupBy + "\0" + group)). A group of one document reuses that
 * document's own interval (from its units) and says so in the row note.
 */
final class GroupMeasures {
    static final String ONE_DOCUMENT = "one document: interval from its units";

    private GroupMeasures() {
    }

    static List<MeasureRow> rows(String groupBy, GroupPool pool, StatsOptions options) {
        List<MeasureRow> out = new ArrayList<>();
        int k = pool.themes.size();
        for (String g : pool.groups) {
            List<GroupMember> ms = pool.members.get(g);
            Interval[][][] ci = ms.size() == 1 ? documentIntervals(ms.get(0).summary(), k)
                    : options.interval() == IntervalMethod.ANALYTIC ? clusterLinearization(ms, k)
                    : clusterBootstrap(ms, k, options.bootstrapReplicates(),
                            options.seed() ^ SplitMix64.fnv1a64(groupBy + "\0" + g));
            for (PartScope scope : PartScope.values()) {
                List<MeasureRow> rows = MeasureRows.rows(g, scope, pool.tally(g, scope), pool.themes,
                        ci[0][scope.ordinal()], ci[1][scope.ordinal()]);
                if (ms.size() == 1) rows = rows.stream().map(GroupMeasures::noteSingle).toList();
                out.addAll(rows);
            }
        }
        return out;
    }

    private static MeasureRow noteSingle(MeasureRow r) {
        boolean ratio = r.measure() == Measure.CHAR_SHARE || r.measure() == Measure.INTENSITY;
        if (!ratio || !r.note().isEmpty()) return r;
        return new MeasureRow(r.subject(), r.part(), r.theme(), r.measure(), r.value(), r.lower(), r.upper(),
                ONE_DOCUMENT);
    }

    /** [0 = char_share | 1 = intensity][scope][theme]. */
    private static Interval[][][] documentIntervals(DocumentSummary d, int k) {
        Interval[][][] out = new Interval[2][PartScope.values().length][k];
        for (PartScope scope : PartScope.values())
            for (int t = 0; t < k; t++) {
                out[0][scope.ordinal()][t] = new Interval(d.charShareLower(scope, t), d.charShareUpper(scope, t));
                out[1][scope.ordinal()][t] = new Interval(d.intensityLower(scope, t), d.intensityUpper(scope, t));
            }
        return out;
    }

    /**
     * Documents as the sampling units of one stratum: {@code e_d = Y_d − r·X_d} with the group's pooled
     * {@code r}, {@code V = m/(m−1) · Σ_d (e_d − ē)² / X²} (R: {@code svyratio} with {@code svydesign(ids = ~doc)}).
     */
    private static Interval[][][] clusterLinearization(List<GroupMember> ms, int k) {
        int scopes = PartScope.values().length;
        Interval[][][] out = new Interval[2][scopes][k];
        int m = ms.size();
        long[] size = {m};
        for (PartScope scope : PartScope.values()) {
            int sc = scope.ordinal();
            for (int th = 0; th < k; th++) {
                double xc = 0, yc = 0, xi = 0, yi = 0;
                long nonEmpty = 0, carrying = 0;
                for (GroupMember member : ms) {
                    Tally t = member.summary().tally(scope);
                    xc += t.chars;
                    yc += t.anyChars[th];
                    xi += t.any[th];
                    yi += t.intensitySum[th];
                    if (t.chars > 0) nonEmpty++;
                    if (t.any[th] > 0) carrying++;
                }
                double rc = xc > 0 ? yc / xc : Double.NaN;
                double ri = xi > 0 ? yi / xi : Double.NaN;
                double meanC = (yc - rc * xc) / m;
                double meanI = (yi - ri * xi) / m;
                double ssc = 0, ssi = 0;
                for (GroupMember member : ms) {
                    Tally t = member.summary().tally(scope);
                    double dc = t.anyChars[th] - rc * t.chars - meanC;
                    double di = t.intensitySum[th] - ri * t.any[th] - meanI;
                    ssc += dc * dc;
                    ssi += di * di;
                }
                out[0][sc][th] = LinearizedRatio.interval(rc, xc, nonEmpty, size, new double[] {ssc}, 0, 1);
                out[1][sc][th] = LinearizedRatio.interval(ri, xi, carrying, size, new double[] {ssi}, 0,
                        Double.POSITIVE_INFINITY);
            }
        }
        return out;
    }

    private static Interval[][][] clusterBootstrap(List<GroupMember> ms, int k, int replicates, long seed) {
        int m = ms.size();
        int scopes = PartScope.values().length;
        SplitMix64 rng = new SplitMix64(seed);
        double[][] cs = new double[scopes * k][replicates];
        double[][] in = new double[scopes * k][replicates];
        int[] csN = new int[scopes * k];
        int[] inN = new int[scopes * k];
        long[] chars = new long[scopes];
        long[] anyChars = new long[scopes * k];
        long[] anyN = new long[scopes * k];
        double[] intSum = new double[scopes * k];
        for (int b = 0; b < replicates; b++) {
            Arrays.fill(chars, 0);
            Arrays.fill(anyChars, 0);
            Arrays.fill(anyN, 0);
            Arrays.fill(intSum, 0);
            for (int i = 0; i < m; i++) {
                DocumentSummary d = ms.get(rng.nextInt(m)).summary();
                for (PartScope scope : PartScope.values()) {
                    Tally t = d.tally(scope);
                    int sc = scope.ordinal();
                    chars[sc] += t.chars;
                    for (int th = 0; th < k; th++) {
                        anyChars[sc * k + th] += t.anyChars[th];
                        anyN[sc * k + th] += t.any[th];
                        intSum[sc * k + th] += t.intensitySum[th];
                    }
                }
            }
            for (int sc = 0; sc < scopes; sc++)
                for (int th = 0; th < k; th++) {
                    int cell = sc * k + th;
                    if (chars[sc] > 0) cs[cell][csN[cell]++] = (double) anyChars[cell] / chars[sc];
                    if (anyN[cell] > 0) in[cell][inN[cell]++] = intSum[cell] / anyN[cell];
                }
        }
        Interval[][][] out = new Interval[2][scopes][k];
        for (int sc = 0; sc < scopes; sc++)
            for (int th = 0; th < k; th++) {
                int cell = sc * k + th;
                out[0][sc][th] = Quantiles.percentile(cs[cell], csN[cell], 0.05);
                out[1][sc][th] = Quantiles.percentile(in[cell], inN[cell], 0.05);
            }
        return out;
    }
}
