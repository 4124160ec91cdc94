package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * One theme's units_primary_share between every pair of groups: z-test, or Fisher's exact test when an
 * expected count of the 2×2 table is below 5; Holm over all comparisons of one group variable and part.
 */
final class PairwiseTests {
    static final double MIN_EXPECTED = 5;

    private PairwiseTests() {
    }

    static void run(String groupBy, GroupPool pool, PartScope scope, List<PairwiseRow> out, List<String> notes) {
        if (pool.groups.size() < 2) return;
        record Raw(String theme, String a, String b, double shareA, double shareB, String test, double stat, double p) {
        }
        List<Raw> raws = new ArrayList<>();
        List<String> skippedThemes = new ArrayList<>();
        List<String> emptyGroups = new ArrayList<>();
        for (String g : pool.groups) if (pool.tally(g, scope).units == 0) emptyGroups.add(g);
        for (int th = 0; th < pool.themes.size(); th++) {
            long total = 0;
            for (String g : pool.groups) total += pool.tally(g, scope).primary[th];
            if (total == 0) {
                skippedThemes.add(pool.themes.get(th));
                continue;
            }
            for (int i = 0; i < pool.groups.size(); i++) {
                Tally ta = pool.tally(pool.groups.get(i), scope);
                if (ta.units == 0) continue;
                for (int j = i + 1; j < pool.groups.size(); j++) {
                    Tally tb = pool.tally(pool.groups.get(j), scope);
                    if (tb.units == 0) continue;
                    long x1 = ta.primary[th], n1 = ta.units, x2 = tb.primary[th], n2 = tb.units;
                    double sa = (double) x1 / n1, sb = (double) x2 / n2;
                    if (Tests2x2.minExpected(x1, n1, x2, n2) < MIN_EXPECTED) {
                        double p = Tests2x2.fisherTwoSided(x1, n1 - x1, x2, n2 - x2);
                        raws.add(new Raw(pool.themes.get(th), pool.groups.get(i), pool.groups.get(j), sa, sb,
                                PairwiseRow.FISHER, Double.NaN, p));
                    } else {
                        double z = Tests2x2.zStatistic(x1, n1, x2, n2);
                        raws.add(new Raw(pool.themes.get(th), pool.groups.get(i), pool.groups.get(j), sa, sb,
                                PairwiseRow.Z, z, Tests2x2.normalTwoSidedP(z)));
                    }
                }
            }
        }
        double[] p = raws.stream().mapToDouble(Raw::p).toArray();
        double[] holm = Holm.adjust(p);
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            out.add(new PairwiseRow(groupBy, scope.id(), r.theme(), r.a(), r.b(), r.shareA(), r.shareB(), r.test(),
                    r.stat(), r.p(), holm[i], holm[i] < 0.05));
        }
        String where = "pairwise " + groupBy + "/" + scope.id() + ": ";
        if (!skippedThemes.isEmpty())
            notes.add(where + "themes with no primary units left out: " + String.join(", ", skippedThemes));
        if (!emptyGroups.isEmpty())
            notes.add(where + "groups with no units left out: " + String.join(", ", emptyGroups));
    }
}
