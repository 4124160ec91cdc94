package org.policylens.rules.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Round 15 replaced start-up lambdas and streams with loops and classes; each against the code it replaced. */
class LoopsForLambdasTest {

    @Test
    void distinctKeepsFirstOccurrencesInOrderAsIntStreamDistinct() {
        SplittableRandom r = new SplittableRandom(15);
        for (int k = 0; k < 5_000; k++) {
            List<Integer> values = new ArrayList<>();
            for (int i = r.nextInt(12); i > 0; i--) values.add(r.nextInt(8) - 2);
            assertArrayEquals(values.stream().mapToInt(Integer::intValue).distinct().toArray(), KeyUse.distinct(values));
        }
    }

    @Test
    void candidateOrdersAreTheLambdasTheyReplaced() {
        Comparator<Candidate> byPosition = (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.end() != b.end() ? Integer.compare(a.end(), b.end()) : Integer.compare(a.rule(), b.rule());
        Comparator<Candidate> longestFirst = (a, b) -> a.length() != b.length()
                ? Integer.compare(b.length(), a.length())
                : a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.rule(), b.rule());
        SplittableRandom r = new SplittableRandom(16);
        for (int k = 0; k < 50_000; k++) {
            Candidate a = random(r);
            Candidate b = random(r);
            assertEquals(Integer.signum(byPosition.compare(a, b)), Integer.signum(Candidate.BY_POSITION.compare(a, b)));
            assertEquals(Integer.signum(longestFirst.compare(a, b)), Integer.signum(Candidate.LONGEST_FIRST.compare(a, b)));
        }
    }

    private static Candidate random(SplittableRandom r) {
        int s = r.nextInt(6);
        return new Candidate(r.nextInt(4), s, s + r.nextInt(5));
    }
}
