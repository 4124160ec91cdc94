package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Does a ranking of groups depend on the measure? Spearman's rho between the group values of one theme under
 * each pair of {@link Measure#NORMALISATIONS}, over the groups where both are defined (at least 3).
 */
final class RobustnessTests {
    static final int MIN_GROUPS = 3;

    private RobustnessTests() {
    }

    static void run(String groupBy, GroupPool pool, PartScope scope, List<RobustnessRow> out, List<String> notes) {
        if (pool.groups.size() < MIN_GROUPS) return;
        List<Measure> ms = Measure.NORMALISATIONS;
        for (int th = 0; th < pool.themes.size(); th++)
            for (int a = 0; a < ms.size(); a++)
                for (int b = a + 1; b < ms.size(); b++) {
                    List<double[]> pts = new ArrayList<>();
                    for (String g : pool.groups) {
                        Tally t = pool.tally(g, scope);
                        double va = MeasureRows.value(t, th, ms.get(a)), vb = MeasureRows.value(t, th, ms.get(b));
                        if (!Double.isNaN(va) && !Double.isNaN(vb)) pts.add(new double[] {va, vb});
                    }
                    if (pts.size() < MIN_GROUPS) continue;
                    double rho = Spearman.rho(pts.stream().mapToDouble(p -> p[0]).toArray(),
                            pts.stream().mapToDouble(p -> p[1]).toArray());
                    String note = Double.isNaN(rho) ? "a ranking is constant (all groups tie): rho undefined" : "";
                    if (!note.isEmpty())
                        notes.add("robustness " + groupBy + "/" + scope.id() + "/" + pool.themes.get(th) + " "
                                + ms.get(a).id() + " vs " + ms.get(b).id() + ": " + note);
                    out.add(new RobustnessRow(groupBy, scope.id(), pool.themes.get(th), ms.get(a), ms.get(b), rho,
                            pts.size(), note));
                }
    }
}
