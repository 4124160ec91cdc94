package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OLS trend over years within each group: the group's documents of one year are pooled into one point; a
 * group needs 3 or more years with a defined value.
 */
final class TrendTests {
    /** The measures trended: the normalised ones and intensity (counts depend on report length). */
    static final List<Measure> MEASURES = List.of(Measure.UNITS_PRIMARY_SHARE, Measure.UNITS_ANY_SHARE,
            Measure.CHAR_SHARE, Measure.HITS_PER_10K_CHARS, Measure.HITS_PER_1K_WORDS, Measure.INTENSITY);
    static final int MIN_YEARS = 3;

    private TrendTests() {
    }

    static void run(String groupBy, GroupPool pool, List<TrendRow> out, List<String> notes) {
        int k = pool.themes.size();
        int tooFew = 0;
        int noYear = 0;
        for (String g : pool.groups) {
            TreeMap<Integer, Tally[]> byYear = new TreeMap<>();
            for (GroupMember m : pool.members.get(g)) {
                if (m.year().isEmpty()) {
                    noYear++;
                    continue;
                }
                Tally[] t = byYear.computeIfAbsent(m.year().getAsInt(), y -> fresh(k));
                for (PartScope scope : PartScope.values()) t[scope.ordinal()].add(m.summary().tally(scope));
            }
            if (byYear.size() < MIN_YEARS) {
                tooFew++;
                continue;
            }
            for (PartScope scope : PartScope.values())
                for (int th = 0; th < k; th++)
                    for (Measure measure : MEASURES) fit(groupBy, g, scope, th, measure, byYear, pool, out);
        }
        if (tooFew > 0)
            notes.add("trend " + groupBy + ": " + tooFew + " of " + pool.groups.size() + " groups have fewer than "
                    + MIN_YEARS + " years: no trend");
        if (noYear > 0) notes.add("trend " + groupBy + ": " + noYear + " documents without a year left out");
    }

    private static void fit(String groupBy, String g, PartScope scope, int th, Measure measure,
                            Map<Integer, Tally[]> byYear, GroupPool pool, List<TrendRow> out) {
        List<double[]> pts = new ArrayList<>();
        for (var e : byYear.entrySet()) {
            double v = MeasureRows.value(e.getValue()[scope.ordinal()], th, measure);
            if (!Double.isNaN(v)) pts.add(new double[] {e.getKey(), v});
        }
        if (pts.size() < MIN_YEARS) return;
        double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
        Regression r = new Regression(x, y);
        out.add(new TrendRow(groupBy, g, scope.id(), pool.themes.get(th), measure, pts.size(), r.slope,
                r.exactFit ? Double.NaN : r.lower, r.exactFit ? Double.NaN : r.upper, r.p,
                r.exactFit ? "points lie exactly on a line: no interval or p" : ""));
    }

    private static Tally[] fresh(int k) {
        Tally[] t = new Tally[PartScope.values().length];
        for (int i = 0; i < t.length; i++) t[i] = new Tally(k);
        return t;
    }
}
