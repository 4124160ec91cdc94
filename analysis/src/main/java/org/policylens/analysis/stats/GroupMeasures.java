package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pooled measures of each group ({@code groups_long}). Unit-share intervals are Wilson on the pooled counts.
 * char_share and intensity intervals come from a cluster bootstrap that resamples the group's
 * <em>documents</em> (B = the options' replicates, seeded with seed ^ fnv1a64(groupBy + "\0" + group)); a group
 * of one document reuses that document's unit-bootstrap interval and says so in the row note.
 */
final class GroupMeasures {
    static final String ONE_DOCUMENT = "one document: interval from resampling its units";

    private GroupMeasures() {
    }

    static List<MeasureRow> rows(String groupBy, GroupPool pool, StatsOptions options) {
        List<MeasureRow> out = new ArrayList<>();
        int k = pool.themes.size();
        for (String g : pool.groups) {
            List<GroupMember> ms = pool.members.get(g);
            Interval[][][] ci = ms.size() == 1 ? documentIntervals(ms.get(0).summary(), k)
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
        boolean boot = r.measure() == Measure.CHAR_SHARE || r.measure() == Measure.INTENSITY;
        if (!boot || !r.note().isEmpty()) return r;
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
