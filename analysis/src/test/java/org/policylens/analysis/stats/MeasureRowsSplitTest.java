package org.policylens.analysis.stats;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MeasureRows.rows with its per-theme loop in a method of its own: the same rows as the one-method loop nest. */
class MeasureRowsSplitTest {

    /** The loop nest as it was before the split. */
    private static List<MeasureRow> oneMethod(String subject, PartScope scope, Tally t, ThemeSet themes,
                                              Interval[] charCi, Interval[] intCi) {
        List<MeasureRow> out = new ArrayList<>(themes.size() * Measure.values().length);
        for (int th = 0; th < themes.size(); th++) {
            for (Measure m : Measure.values()) {
                double v = MeasureRows.value(t, th, m);
                Interval ci = switch (m) {
                    case UNITS_PRIMARY_SHARE -> Wilson.interval(t.primary[th], t.units);
                    case UNITS_ANY_SHARE -> Wilson.interval(t.any[th], t.units);
                    case CHAR_SHARE -> charCi[th];
                    case INTENSITY -> intCi[th];
                    default -> Interval.NONE;
                };
                if (Double.isNaN(v)) ci = Interval.NONE;
                out.add(new MeasureRow(subject, scope.id(), themes.get(th), m, v, ci.lower(), ci.upper(),
                        MeasureRows.undefinedNote(t, th, m)));
            }
        }
        return out;
    }

    @Test
    void rowsAreTheSameAsTheOneMethodLoopNest() {
        SplittableRandom r = new SplittableRandom(15);
        ThemeSet themes = ThemeSet.of("economy", "innovation", "green", "welfare", "security");
        int k = themes.size();
        for (int round = 0; round < 2_000; round++) {
            Tally t = new Tally(k);
            boolean empty = r.nextInt(10) == 0;
            t.units = empty ? 0 : r.nextInt(1, 500);
            t.chars = empty || r.nextInt(20) == 0 ? 0 : r.nextLong(1, 100_000);
            t.words = empty || r.nextInt(20) == 0 ? 0 : r.nextLong(1, 50_000);
            Interval[] charCi = new Interval[k];
            Interval[] intCi = new Interval[k];
            for (int th = 0; th < k; th++) {
                t.any[th] = t.units == 0 || r.nextInt(5) == 0 ? 0 : r.nextInt(t.units + 1);
                t.primary[th] = r.nextInt((int) t.any[th] + 1);
                t.anyChars[th] = t.chars == 0 ? 0 : r.nextLong(t.chars + 1);
                t.hits[th] = r.nextInt(100);
                t.intensitySum[th] = t.any[th] * r.nextDouble() * 3;
                double lo = r.nextDouble();
                charCi[th] = r.nextInt(8) == 0 ? Interval.NONE : new Interval(lo, lo + r.nextDouble());
                intCi[th] = new Interval(lo * 2, lo * 2 + r.nextDouble());
            }
            PartScope scope = PartScope.values()[r.nextInt(PartScope.values().length)];
            assertEquals(oneMethod("doc" + round, scope, t, themes, charCi, intCi),
                    MeasureRows.rows("doc" + round, scope, t, themes, charCi, intCi));
        }
    }
}
