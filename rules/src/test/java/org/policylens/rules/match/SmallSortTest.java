package org.policylens.rules.match;

import org.junit.jupiter.api.Test;
import org.policylens.rules.IntensifierHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The insertion sorts of the hot path give what {@code List.sort} gives. */
class SmallSortTest {

    @Test
    void candidatesSortAsListSortDoes() {
        SplittableRandom r = new SplittableRandom(1);
        for (int k = 0; k < 20_000; k++) {
            int n = r.nextInt(40); // past the insertion-sort limit too
            List<Candidate> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int s = r.nextInt(10);
                list.add(new Candidate(r.nextInt(4), s, s + 1 + r.nextInt(4)));
            }
            for (Comparator<Candidate> order : List.of(Candidate.BY_POSITION, Candidate.LONGEST_FIRST)) {
                List<Candidate> expected = new ArrayList<>(list);
                expected.sort(order);
                List<Candidate> got = new ArrayList<>(list);
                MatchEngine.sort(got, order);
                assertEquals(expected, got);
            }
        }
    }

    @Test
    void intensifierHitsSortStablyByStartThenEnd() {
        SplittableRandom r = new SplittableRandom(2);
        for (int k = 0; k < 20_000; k++) {
            int n = r.nextInt(8);
            List<IntensifierHit> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int s = r.nextInt(5);
                list.add(new IntensifierHit("t" + r.nextInt(3), s, s + 1 + r.nextInt(2), r.nextInt(3)));
            }
            List<IntensifierHit> expected = new ArrayList<>(list);
            expected.sort(Comparator.comparingInt(IntensifierHit::start).thenComparingInt(IntensifierHit::end));
            List<IntensifierHit> got = new ArrayList<>(list);
            UnitScan.sortByStartThenEnd(got);
            assertEquals(expected, got);
            for (int i = 0; i < n; i++) assertSame(expected.get(i), got.get(i)); // equal hits keep their order
        }
    }
}
