package org.policylens.rules.match;

import org.junit.jupiter.api.Test;
import org.policylens.rules.RulePack;
import org.policylens.rules.pack.HeadingDef;
import org.policylens.rules.pack.PackDef;
import org.policylens.rules.pack.ThemeDef;
import org.policylens.rules.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@link HeadingPriors} against the code it replaced ({@link #reference}), whatever list class the paths come in. */
class HeadingPriorsTest {

    /** The heading prior as {@code Decision.headingPrior} computed it before round 15 (stream and lists). */
    static double[] reference(List<ThemeDef> themes, List<HeadingDef> headings, List<String> section) {
        double[] prior = new double[themes.size()];
        if (section.isEmpty() || headings.isEmpty()) return prior;
        List<String> norm = section.stream().map(TextNormalizer::matchForm).toList();
        for (HeadingDef h : headings) {
            boolean hit = false;
            for (String s : norm) {
                for (String term : h.terms()) {
                    if (s.contains(term)) {
                        hit = true;
                        break;
                    }
                }
                if (hit) break;
            }
            if (hit) {
                for (int t = 0; t < themes.size(); t++) {
                    if (themes.get(t).id().equals(h.theme())) prior[t] += h.weight();
                }
            }
        }
        return prior;
    }

    @Test
    void sameNumbersAsTheReferenceForRandomPathsOfEveryListClass() {
        for (String name : RulePack.builtinNames()) {
            PackDef pack = RulePack.builtin(name).definition();
            List<ThemeDef> themes = pack.themes();
            List<HeadingDef> headings = pack.headings();
            List<String> pieces = new ArrayList<>(List.of("第一章", "总则", "一、", "（二）", "附则", "Ａｂ", "  ", "规划"));
            for (HeadingDef h : headings) pieces.addAll(h.terms());
            HeadingPriors priors = new HeadingPriors(themes, headings);
            SplittableRandom r = new SplittableRandom(15);
            List<String> previous = List.of("x");
            ArrayList<String> mutable = new ArrayList<>();
            for (int k = 0; k < 20_000; k++) {
                List<String> section;
                int pick = r.nextInt(10);
                if (pick < 3) {
                    section = previous; // the same object again (the cache's identity hit)
                } else if (pick == 3) {
                    section = new ArrayList<>(previous); // an equal path in another list
                } else if (pick == 4) { // a mutable list changed in place between calls
                    mutable.clear();
                    mutable.addAll(randomPath(r, pieces));
                    section = mutable;
                } else {
                    section = List.copyOf(randomPath(r, pieces)); // List12, ListN or the empty list
                }
                double[] got = priors.of(section);
                assertArrayEquals(reference(themes, headings, section), got, 0.0, () -> "path " + section);
                previous = section == mutable ? List.copyOf(mutable) : section;
            }
        }
    }

    @Test
    void noHeadingsOrEmptyPathGiveTheSharedZeros() {
        PackDef pack = RulePack.builtin().definition();
        HeadingPriors none = new HeadingPriors(pack.themes(), List.of());
        double[] zeros = none.of(List.of("第一章 产业发展"));
        assertArrayEquals(new double[pack.themes().size()], zeros, 0.0);
        assertSame(zeros, none.of(List.of()));
        HeadingPriors priors = new HeadingPriors(pack.themes(), pack.headings());
        assertSame(priors.of(List.of()), priors.of(new ArrayList<>()));
    }

    @Test
    void aMutatedListIsNotTakenForTheCachedPath() {
        PackDef pack = RulePack.builtin().definition();
        HeadingPriors priors = new HeadingPriors(pack.themes(), pack.headings());
        HeadingDef h = pack.headings().get(0);
        ArrayList<String> section = new ArrayList<>(List.of("标题" + h.terms().get(0)));
        double[] first = priors.of(section).clone();
        assertNotEquals(0.0, java.util.Arrays.stream(first).sum());
        section.set(0, "标题");
        assertArrayEquals(reference(pack.themes(), pack.headings(), section), priors.of(section), 0.0);
        assertEquals(0.0, java.util.Arrays.stream(priors.of(section)).sum());
    }

    private static List<String> randomPath(SplittableRandom r, List<String> pieces) {
        List<String> path = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            StringBuilder s = new StringBuilder();
            for (int j = 1 + r.nextInt(3); j > 0; j--) s.append(pieces.get(r.nextInt(pieces.size())));
            path.add(s.toString());
        }
        return path;
    }
}
