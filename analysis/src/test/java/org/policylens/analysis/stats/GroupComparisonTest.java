package org.policylens.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.analysis.stats.Observations.THEMES;
import static org.policylens.analysis.stats.Observations.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Group tests end to end. Groups A, B, C are built so that their pooled primary-theme counts are the table of
 * ReferenceStatisticsTest: R x <- matrix(c(30,12,8,20, 25,18,15,10, 10,5,22,14), nrow=3, byrow=TRUE), plus
 * 10, 12 and 0 units without a theme. Each group is split over two documents to exercise pooling.
 * R scripts: src/test/resources/stats/{ref,pw,grp}.R.
 */
class GroupComparisonTest {

    private static final EmphasisStats STATS = new EmphasisStats(THEMES, StatsOptions.DEFAULT);
    private static final GroupComparison COMPARE = new GroupComparison(THEMES, StatsOptions.DEFAULT);
    private static final String[] T = {"economy", "innovation", "ecology", "livelihood"};

    /** Two documents for one group: counts[t] units of theme t, plus none units; the first doc gets ~half. */
    static List<GroupMember> group(String g, long[] counts, int none, int firstYear) {
        List<UnitObservation> a = new ArrayList<>(), b = new ArrayList<>();
        for (int t = 0; t < counts.length; t++)
            for (int i = 0; i < counts[t]; i++) (i % 2 == 0 ? a : b).add(unit("review", 20 + i % 7, T[t]));
        for (int i = 0; i < none; i++) (i % 2 == 0 ? a : b).add(unit("review", 15, "none"));
        return List.of(
                new GroupMember(g, OptionalInt.of(firstYear), STATS.document(g + "-1", a).summary()),
                new GroupMember(g, OptionalInt.of(firstYear + 1), STATS.document(g + "-2", b).summary()));
    }

    static List<GroupMember> abc(long[][] table) {
        List<GroupMember> m = new ArrayList<>();
        m.addAll(group("A", table[0], 10, 2020));
        m.addAll(group("B", table[1], 12, 2020));
        m.addAll(group("C", table[2], 0, 2020));
        return m;
    }

    private static final GroupResults ABC = COMPARE.compare("city", abc(ReferenceStatisticsTest.TABLE));

    private static ChiSquareRow chi(GroupResults r, String part) {
        return r.chiSquare().stream().filter(c -> c.part().equals(part)).findFirst().orElseThrow();
    }

    private static PairwiseRow pair(GroupResults r, String theme, String a, String b) {
        return r.pairwise().stream().filter(p -> p.part().equals("all") && p.theme().equals(theme)
                && p.groupA().equals(a) && p.groupB().equals(b)).findFirst().orElseThrow();
    }

    @Test
    void chiSquareOnPooledPrimaryCountsMatchesR() {
        // R: chisq.test(x) -> X-squared 25.2623311982136, df 6, p 0.000305296289551595; V 0.258518014877954
        ChiSquareRow c = chi(ABC, "all");
        assertEquals(25.2623311982136, c.statistic(), 1e-10);
        assertEquals(6, c.df());
        assertEquals(0.000305296289551595, c.p(), 1e-15);
        assertEquals(0.258518014877954, c.cramersV(), 1e-12);
        assertEquals(189, c.n());
    }

    @Test
    void residualOfOneCellMatchesR() {
        // R: chisq.test(x)$stdres[3,3] -> 3.79255268682624 ; $expected[3,3] -> 12.1428571428571
        ResidualRow r = ABC.residuals().stream().filter(x -> x.part().equals("all") && x.group().equals("C")
                && x.theme().equals("ecology")).findFirst().orElseThrow();
        assertEquals(22, r.observed());
        assertEquals(12.1428571428571, r.expected(), 1e-12);
        assertEquals(3.79255268682624, r.residual(), 1e-12);
        assertEquals(0.000149106601697924, r.p(), 1e-15);
    }

    @Test
    void pairwiseZTestAndHolmMatchR() {
        // R (pw.R): prop.test(c(8,22), c(80,51), correct=FALSE)$p.value -> 1.07704943246927e-05;
        //           p.adjust over the 12 comparisons, "holm" -> 0.000129245931896313
        PairwiseRow p = pair(ABC, "ecology", "A", "C");
        assertEquals("z", p.test());
        assertEquals(1.07704943246927e-05, p.p(), 1e-16);
        assertEquals(0.000129245931896313, p.pHolm(), 1e-15);
        assertTrue(p.significant());
    }

    @Test
    void pairwiseHolmCanMakeANominalResultNotSignificant() {
        // R (pw.R): livelihood A B: p 0.0428182299512104, holm 0.342545839609683545
        PairwiseRow p = pair(ABC, "livelihood", "A", "B");
        assertEquals(0.0428182299512104, p.p(), 1e-14);
        assertEquals(0.342545839609683545, p.pHolm(), 1e-13);
        assertFalse(p.significant());
    }

    @Test
    void pairwiseSharesCountUnitsWithoutThemeInTheDenominator() {
        PairwiseRow p = pair(ABC, "economy", "A", "B");
        assertEquals(List.of(30 / 80.0, 25 / 80.0), List.of(p.shareA(), p.shareB()));
    }

    @Test
    void pairwiseUsesFisherWhenAnExpectedCountIsBelowFive() {
        // R: fisher.test(matrix(c(1,0,9,12),2))$p.value -> 0.454545454545455   (1/10 vs 0/12)
        List<GroupMember> m = new ArrayList<>();
        m.addAll(group("X", new long[] {1, 0, 0, 0}, 9, 2020));
        m.addAll(group("Y", new long[] {0, 0, 0, 0}, 12, 2020));
        PairwiseRow p = pair(COMPARE.compare("city", m), "economy", "X", "Y");
        assertEquals("fisher", p.test());
        assertEquals(0.454545454545455, p.p(), 1e-12);
        assertTrue(Double.isNaN(p.statistic()));
    }

    @Test
    void jensenShannonBetweenGroupProfilesMatchesR() {
        // R (ref.R): jsd(x[1,],x[2,]) -> 0.193975679269828
        JsdRow j = ABC.jsd().stream().filter(x -> x.part().equals("all") && x.groupA().equals("A")
                && x.groupB().equals("B")).findFirst().orElseThrow();
        assertEquals(0.193975679269828, j.distance(), 1e-12);
    }

    @Test
    void themeWithNoUnitsIsDroppedFromChiSquareWithANote() {
        // R (grp.R): chisq.test(x[,-2]) -> X-squared 18.764761209139, df 4, p 0.000874139654082919
        long[][] noInnovation = {{30, 0, 8, 20}, {25, 0, 15, 10}, {10, 0, 22, 14}};
        ChiSquareRow c = chi(COMPARE.compare("city", abc(noInnovation)), "all");
        assertEquals(18.764761209139, c.statistic(), 1e-10);
        assertEquals(4, c.df());
        assertEquals(0.000874139654082919, c.p(), 1e-15);
        assertEquals("left out (no primary units in any group): innovation", c.note());
    }

    @Test
    void noneColumnIsIncludedWhenAsked() {
        // R (grp.R): chisq.test(cbind(x, c(10,12,0))) -> X-squared 34.5576798745916, df 8, p 3.21819848979635e-05
        var compare = new GroupComparison(THEMES, StatsOptions.DEFAULT.withIncludeNoneInChiSquare(true));
        ChiSquareRow c = chi(compare.compare("city", abc(ReferenceStatisticsTest.TABLE)), "all");
        assertEquals(34.5576798745916, c.statistic(), 1e-10);
        assertEquals(8, c.df());
        assertEquals(3.21819848979635e-05, c.p(), 1e-16);
    }

    @Test
    void partWithoutUnitsGetsNoTestAndANote() {
        ChiSquareRow c = chi(ABC, "plan");
        assertTrue(Double.isNaN(c.statistic()));
        assertTrue(c.note().startsWith("fewer than 2 groups with labelled units: no test"), c.note());
    }

    @Test
    void singleGroupGetsNoTestAndAClearNote() {
        GroupResults r = COMPARE.compare("province", group("P", new long[] {3, 2, 1, 0}, 2, 2020));
        assertEquals("single group: no test", chi(r, "all").note().split("; ")[0]);
        assertTrue(r.pairwise().isEmpty() && r.jsd().isEmpty() && r.robustness().isEmpty());
        assertTrue(r.notes().contains("province: single group (P): no chi-square, pairwise, JSD or robustness test"));
    }

    @Test
    void allUnitsUnlabelledGiveNoTestButDefinedShares() {
        List<GroupMember> m = new ArrayList<>();
        m.addAll(group("X", new long[4], 5, 2020));
        m.addAll(group("Y", new long[4], 7, 2020));
        GroupResults r = COMPARE.compare("city", m);
        assertTrue(chi(r, "all").note().startsWith("fewer than 2 groups with labelled units: no test"));
        assertTrue(r.pairwise().isEmpty());
        MeasureRow share = r.groups().stream().filter(x -> x.subject().equals("X") && x.part().equals("all")
                && x.measure() == Measure.UNITS_PRIMARY_SHARE).findFirst().orElseThrow();
        assertEquals(0, share.value());
    }

    @Test
    void groupOfOneDocumentReusesItsOwnInterval() {
        DocumentStats d = STATS.document("solo", EmphasisStatsTest.bigDocument(120, 3));
        List<GroupMember> m = new ArrayList<>(group("A", new long[] {3, 3, 3, 3}, 3, 2020));
        m.add(new GroupMember("S", OptionalInt.of(2020), d.summary()));
        MeasureRow g = COMPARE.compare("city", m).groups().stream().filter(x -> x.subject().equals("S")
                && x.part().equals("all") && x.theme().equals("economy") && x.measure() == Measure.CHAR_SHARE)
                .findFirst().orElseThrow();
        MeasureRow doc = d.rows().stream().filter(x -> x.part().equals("all") && x.theme().equals("economy")
                && x.measure() == Measure.CHAR_SHARE).findFirst().orElseThrow();
        assertEquals(List.of(doc.value(), doc.lower(), doc.upper()), List.of(g.value(), g.lower(), g.upper()));
        assertEquals(GroupMeasures.ONE_DOCUMENT, g.note());
    }

    @Test
    void groupOfSeveralDocumentsGetsAClusterBootstrapIntervalWhenAsked() {
        List<GroupMember> m = new ArrayList<>();
        for (int i = 0; i < 6; i++)
            m.add(new GroupMember("G", OptionalInt.empty(),
                    STATS.document("g" + i, EmphasisStatsTest.bigDocument(60 + 10 * i, i)).summary()));
        MeasureRow r = new GroupComparison(THEMES, StatsOptions.DEFAULT.withBootstrap(1000)).compare("city", m).groups().stream().filter(x -> x.part().equals("all")
                && x.theme().equals("ecology") && x.measure() == Measure.CHAR_SHARE).findFirst().orElseThrow();
        assertTrue(r.lower() < r.value() && r.value() < r.upper(), r.toString());
        assertEquals("", r.note());
    }

    @Test
    void trendOverYearsMatchesR() {
        // R: xx <- 2019:2023; yy <- c(0.21,0.25,0.24,0.30,0.33); lm(yy~xx): slope 0.0290000000000036,
        //    confint 0.0114724524607021 0.046527547539305, p 0.0133492093602133
        int[] economy = {21, 25, 24, 30, 33};
        List<GroupMember> m = new ArrayList<>();
        for (int y = 0; y < 5; y++) {
            List<UnitObservation> units = new ArrayList<>();
            for (int i = 0; i < 100; i++) units.add(unit("review", 20, i < economy[y] ? "economy" : "none"));
            m.add(new GroupMember("X", OptionalInt.of(2019 + y), STATS.document("x" + y, units).summary()));
        }
        TrendRow t = COMPARE.compare("city", m).trend().stream().filter(r -> r.part().equals("all")
                && r.theme().equals("economy") && r.measure() == Measure.UNITS_PRIMARY_SHARE).findFirst().orElseThrow();
        assertEquals(5, t.nYears());
        assertEquals(0.029, t.slope(), 1e-10);
        assertEquals(0.0114724524607021, t.lower(), 1e-9);
        assertEquals(0.046527547539305, t.upper(), 1e-9);
        assertEquals(0.0133492093602133, t.p(), 1e-9);
    }

    @Test
    void groupsWithFewerThanThreeYearsGetNoTrendAndANote() {
        assertTrue(ABC.trend().isEmpty());
        assertTrue(ABC.notes().contains("trend city: 3 of 3 groups have fewer than 3 years: no trend"));
    }

    @Test
    void robustnessSpearmanBetweenNormalisationsMatchesR() {
        // R (grp.R): cor(c(.3,.1,.25,.4), c(120/190,100/190,150/450,80/260), method="spearman") -> -0.4
        List<GroupMember> m = List.of(
                single("g1", 3, 40, 7, 10), single("g2", 1, 100, 9, 10),
                single("g3", 5, 30, 15, 20), single("g4", 4, 20, 6, 30));
        RobustnessRow r = COMPARE.compare("city", m).robustness().stream().filter(x -> x.part().equals("all")
                && x.theme().equals("economy") && x.measureA() == Measure.UNITS_PRIMARY_SHARE
                && x.measureB() == Measure.CHAR_SHARE).findFirst().orElseThrow();
        assertEquals(-0.4, r.spearmanRho(), 1e-12);
        assertEquals(4, r.n());
    }

    /** One-document group: {@code econ} economy units of {@code econChars}, {@code none} units of {@code noneChars}. */
    private static GroupMember single(String g, int econ, int econChars, int none, int noneChars) {
        List<UnitObservation> units = new ArrayList<>();
        for (int i = 0; i < econ; i++) units.add(unit("review", econChars, "economy"));
        for (int i = 0; i < none; i++) units.add(unit("review", noneChars, "none"));
        return new GroupMember(g, OptionalInt.empty(), STATS.document(g, units).summary());
    }

    @Test
    void resultsDoNotDependOnMemberOrder() {
        List<GroupMember> shuffled = new ArrayList<>(abc(ReferenceStatisticsTest.TABLE));
        Collections.shuffle(shuffled, new Random(42));
        assertEquals(ABC, COMPARE.compare("city", shuffled));
    }

    @Test
    void integerGroupValuesSortNumerically() {
        List<GroupMember> m = new ArrayList<>();
        m.addAll(group("10", new long[] {1, 1, 1, 1}, 1, 2020));
        m.addAll(group("9", new long[] {1, 1, 1, 1}, 1, 2020));
        assertEquals("9", COMPARE.compare("year", m).groups().get(0).subject());
    }

    @Test
    void documentListedTwiceIsRejected() {
        GroupMember one = group("A", new long[] {1, 0, 0, 0}, 0, 2020).get(0);
        assertThrows(IllegalArgumentException.class, () -> COMPARE.compare("city", List.of(one, one)));
    }

    @Test
    void noGroupsGiveEmptyResultsWithANote() {
        GroupResults r = COMPARE.compare("city", List.of());
        assertEquals(List.of("city: no documents: no groups and no tests"), r.notes());
    }
}
