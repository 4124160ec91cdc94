package org.policylens.analysis.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationIntervalTest {

    private static Evaluation.Outcome outcome(String file, String gold, String predicted) {
        List<String> g = gold.equals("none") ? List.of() : List.of(gold);
        List<String> p = predicted.equals("none") ? List.of() : List.of(predicted);
        return new Evaluation.Outcome(new GoldUnit("u", file, 0, "句子。", g, gold), p, predicted, "-");
    }

    private static Evaluation mixed() {
        List<Evaluation.Outcome> o = new ArrayList<>();
        String[] themes = {"economy", "innovation", "ecology", "livelihood"};
        for (int f = 0; f < 10; f++) {
            for (int u = 0; u < 8; u++) {
                String t = themes[u % 4];
                // file f gets f % 3 wrong primaries: files differ, so the interval has width
                o.add(outcome("r" + f + ".txt", t, u < f % 3 ? "none" : t));
            }
        }
        return new Evaluation(List.of(themes), o);
    }

    @Test
    void allCorrectGivesAPointInterval() {
        List<Evaluation.Outcome> o = List.of(outcome("a", "economy", "economy"), outcome("b", "ecology", "ecology"),
                outcome("b", "innovation", "innovation"), outcome("c", "livelihood", "livelihood"));
        Evaluation.Interval i = new Evaluation(Evaluation.CORE, o).intervalByFile(500, 1).orElseThrow();
        assertEquals(3, i.files());
        assertEquals(1.0, i.macroF1Low());
        assertEquals(1.0, i.primaryHigh());
    }

    @Test
    void intervalBracketsThePointEstimateAndIsDeterministic() {
        Evaluation ev = mixed();
        Evaluation.Interval a = ev.intervalByFile(2000, 7).orElseThrow();
        assertTrue(a.primaryLow() < ev.primaryAccuracy() && ev.primaryAccuracy() < a.primaryHigh(), a.toString());
        assertTrue(a.macroF1Low() < ev.macroF1() && ev.macroF1() < a.macroF1High(), a.toString());
        assertEquals(a, ev.intervalByFile(2000, 7).orElseThrow());
        assertTrue(a.primaryLow() >= 0.8 && a.primaryHigh() <= 1.0, a.toString()); // every file is 75-100% right
    }

    @Test
    void oneFileOrNoResamplesGivesNoInterval() {
        List<Evaluation.Outcome> o = List.of(outcome("a", "economy", "economy"), outcome("a", "ecology", "none"));
        assertTrue(new Evaluation(Evaluation.CORE, o).intervalByFile(100, 1).isEmpty());
        assertTrue(mixed().intervalByFile(0, 1).isEmpty());
    }

    @Test
    void percentileIsNearestRank() {
        double[] v = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
        assertEquals(1, Evaluation.percentile(v, 0.025));
        assertEquals(10, Evaluation.percentile(v, 0.975));
        assertEquals(5, Evaluation.percentile(v, 0.5));
    }
}
