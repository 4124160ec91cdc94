package org.policylens.rules.match;

import org.junit.jupiter.api.Test;
import org.policylens.rules.RulePack;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast path's nesting filter ({@link MatchEngine#withoutNested}) keeps what the sorting one keeps. */
class NestedScanTest {

    @Test
    void keepsWhatSuppressNestedKeeps() {
        MatchEngine engine = new MatchEngine(RulePack.builtin().definition());
        int rules = RulePack.builtin().definition().rules().size();
        SplittableRandom r = new SplittableRandom(3);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < 50_000; k++) {
            int n = r.nextInt(MatchEngine.NESTED_SCAN_MAX + 1);
            int span = 2 + r.nextInt(30);
            int ruleRange = 1 + r.nextInt(Math.min(rules, 1 + r.nextInt(12)));
            int ruleBase = r.nextInt(rules - ruleRange + 1);
            List<Candidate> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i > 0 && r.nextInt(8) == 0) { // an exact duplicate, or the same span under another rule
                    Candidate c = list.get(r.nextInt(i));
                    list.add(r.nextBoolean() ? c : new Candidate(ruleBase + r.nextInt(ruleRange), c.start(), c.end()));
                    continue;
                }
                int s = r.nextInt(span);
                list.add(new Candidate(ruleBase + r.nextInt(ruleRange), s, s + 1 + r.nextInt(6)));
            }
            List<Candidate> expected = engine.suppressNested(new ArrayList<>(list), "", null);
            expected = new ArrayList<>(expected);
            expected.sort(Candidate.BY_POSITION);
            List<Candidate> got = new ArrayList<>(engine.withoutNested(list, out));
            got.sort(Candidate.BY_POSITION);
            assertEquals(expected, got, () -> "candidates " + list);
        }
    }

    @Test
    void emptyAndSingle() {
        MatchEngine engine = new MatchEngine(RulePack.builtin().definition());
        List<Candidate> out = new ArrayList<>(List.of(new Candidate(0, 0, 1)));
        assertEquals(List.of(), engine.withoutNested(List.of(), out));
        assertEquals(List.of(new Candidate(1, 2, 3)), engine.withoutNested(List.of(new Candidate(1, 2, 3)), out));
    }
}
