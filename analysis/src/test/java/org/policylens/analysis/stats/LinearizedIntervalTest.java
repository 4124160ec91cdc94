package org.policylens.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.analysis.stats.Observations.THEMES;
import static org.policylens.analysis.stats.Observations.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The default analytic interval of char_share and intensity (linearised variance of a ratio of sums, stratified
 * by part). Expected values: R 4.2.2, package survey 4.1.1, script {@code src/test/resources/stats/svyratio.R}:
 * <pre>
 * d &lt;- data.frame(part  = c(rep("review",5), rep("plan",4), rep("other",3)),
 *                 chars = c(20,35,12,40,28, 30,25,50,18, 8,15,6),
 *                 econ  = c(1,1,0,1,0, 1,0,1,0, 0,1,0),
 *                 inten = c(1.0,0,0.5,2.0,0, 1.5,1.0,0.5,0, 0,0,0))
 * d$y &lt;- d$chars * d$econ; d$yi &lt;- d$inten * d$econ
 * des &lt;- svydesign(ids=~1, strata=~part, data=d, weights=~rep(1,12))
 * </pre>
 */
class LinearizedIntervalTest {

    private static final EmphasisStats STATS = new EmphasisStats(THEMES, StatsOptions.DEFAULT);

    /** The twelve units of {@code d} above; units without economy carry ecology or none. */
    static List<UnitObservation> twelveUnits() {
        return List.of(
                econ("review", 20, 1.0), econ("review", 35, 0), other("review", 12, "ecology", 0.5),
                econ("review", 40, 2.0), other("review", 28, "none", 0),
                econ("plan", 30, 1.5), other("plan", 25, "ecology", 1.0), econ("plan", 50, 0.5),
                other("plan", 18, "none", 0),
                other("other", 8, "none", 0), econ("other", 15, 0), other("other", 6, "none", 0));
    }

    private static UnitObservation econ(String part, int chars, double intensity) {
        return new UnitObservation(part, chars, chars / 2, Set.of("economy"), "economy", Map.of("economy", 1), intensity);
    }

    private static UnitObservation other(String part, int chars, String theme, double intensity) {
        boolean none = theme.equals(ThemeSet.NONE);
        return new UnitObservation(part, chars, chars / 2, none ? Set.of() : Set.of(theme), theme,
                none ? Map.of() : Map.of(theme, 1), intensity);
    }

    private static MeasureRow row(DocumentStats d, String part, String theme, Measure m) {
        return d.rows().stream()
                .filter(r -> r.part().equals(part) && r.theme().equals(theme) && r.measure() == m)
                .findFirst().orElseThrow();
    }

    @Test
    void defaultIntervalIsAnalytic() {
        assertEquals(IntervalMethod.ANALYTIC, STATS.document("d", twelveUnits()).summary().intervalMethod());
    }

    @Test
    void charShareOfWholeDocumentMatchesSvyratioWithPartStrata() {
        // R: confint(svyratio(~y, ~chars, des)) -> 0.34697834646558 0.97706346538111 (ratio 0.662020905923345,
        //    SE 0.160738953339337; the hand formula gives the same)
        MeasureRow r = row(STATS.document("d", twelveUnits()), "all", "economy", Measure.CHAR_SHARE);
        assertEquals(0.662020905923345, r.value(), 1e-14);
        assertEquals(0.34697834646558, r.lower(), 1e-12);
        assertEquals(0.97706346538111, r.upper(), 1e-12);
    }

    @Test
    void intensityOfWholeDocumentMatchesSvyratioWithPartStrata() {
        // R: confint(svyratio(~yi, ~econ, des)) -> 0.184945666966647 1.48172099970002 (ratio 5/6, SE 0.330816112684256)
        MeasureRow r = row(STATS.document("d", twelveUnits()), "all", "economy", Measure.INTENSITY);
        assertEquals(0.833333333333333, r.value(), 1e-14);
        assertEquals(0.184945666966647, r.lower(), 1e-12);
        assertEquals(1.48172099970002, r.upper(), 1e-12);
    }

    @Test
    void reviewPartUsesItsOwnStratumAndIsClippedToOne() {
        // R: rv <- d[d$part=="review",]; confint(svyratio(~y, ~chars, svydesign(ids=~1, data=rv, weights=~rep(1,5))))
        //    -> 0.261351801424184 1.14605560598322 (also as a domain: subset(des, part=="review")); upper clipped to 1
        MeasureRow r = row(STATS.document("d", twelveUnits()), "review", "economy", Measure.CHAR_SHARE);
        assertEquals(0.703703703703704, r.value(), 1e-14);
        assertEquals(0.261351801424184, r.lower(), 1e-12);
        assertEquals(1.0, r.upper());
    }

    @Test
    void intensityLowerBoundIsClippedToZero() {
        // R: confint(svyratio(~yi, ~econ, dr)) -> -0.0329917205076025 2.0329917205076
        MeasureRow r = row(STATS.document("d", twelveUnits()), "review", "economy", Measure.INTENSITY);
        assertEquals(0.0, r.lower());
        assertEquals(2.0329917205076, r.upper(), 1e-12);
    }

    @Test
    void stratumOfOneUnitAddsNoVarianceAsSurveyCertainty() {
        // R: options(survey.lonely.psu="certainty"); d1 <- d[c(1:9, 11),] (other keeps only its economy unit)
        //    confint(svyratio(~y, ~chars, svydesign(ids=~1, strata=~part, data=d1, weights=~rep(1,10))))
        //    -> 0.37847705094358 1.01346434099781, ratio 0.695970695970696
        List<UnitObservation> units = new ArrayList<>(twelveUnits().subList(0, 9));
        units.add(twelveUnits().get(10));
        MeasureRow r = row(STATS.document("d", units), "all", "economy", Measure.CHAR_SHARE);
        assertEquals(0.695970695970696, r.value(), 1e-14);
        assertEquals(0.37847705094358, r.lower(), 1e-12);
        assertEquals(1.0, r.upper());
    }

    @Test
    void oneUnitGivesNoInterval() {
        MeasureRow r = row(STATS.document("one", List.of(unit("review", 30, "economy"))), "all", "economy",
                Measure.CHAR_SHARE);
        assertEquals(1.0, r.value());
        assertTrue(Double.isNaN(r.lower()) && Double.isNaN(r.upper()), r.toString());
    }

    @Test
    void intensityCarriedByOneUnitGivesNoInterval() {
        // ecology is carried by one review unit (intensity 0.5): a mean of one value has no variance estimate
        MeasureRow r = row(STATS.document("d", twelveUnits()), "review", "ecology", Measure.INTENSITY);
        assertEquals(0.5, r.value());
        assertTrue(Double.isNaN(r.lower()) && Double.isNaN(r.upper()), r.toString());
    }

    @Test
    void zeroCharactersGiveNoValueAndNoInterval() {
        MeasureRow r = row(STATS.document("zero", List.of(unit("review", 0, "economy"), unit("review", 0, "none"))),
                "all", "economy", Measure.CHAR_SHARE);
        assertTrue(Double.isNaN(r.value()) && Double.isNaN(r.lower()) && Double.isNaN(r.upper()), r.toString());
    }

    @Test
    void themeInEveryUnitHasZeroWidthIntervalAtOne() {
        List<UnitObservation> units = List.of(unit("review", 10, "economy"), unit("review", 25, "economy"),
                unit("plan", 7, "economy"));
        MeasureRow r = row(STATS.document("all-economy", units), "all", "economy", Measure.CHAR_SHARE);
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(r.value(), r.lower(), r.upper()));
    }

    @Test
    void themeInNoUnitHasZeroWidthIntervalAtZero() {
        MeasureRow r = row(STATS.document("d", twelveUnits()), "all", "livelihood", Measure.CHAR_SHARE);
        assertEquals(List.of(0.0, 0.0, 0.0), List.of(r.value(), r.lower(), r.upper()));
    }

    @Test
    void charShareOfEqualLengthUnitsIsCloseToWilson() {
        // 120 of 400 equal-length units: the delta-method interval is the Wald interval with n/(n-1);
        // R wilson(120,400) -> 0.257167671956197 0.346637245777522
        List<UnitObservation> units = new ArrayList<>();
        for (int i = 0; i < 400; i++) units.add(unit("review", 30, i < 120 ? "economy" : "none"));
        MeasureRow r = row(STATS.document("equal", units), "review", "economy", Measure.CHAR_SHARE);
        assertEquals(0.257167671956197, r.lower(), 0.003);
        assertEquals(0.346637245777522, r.upper(), 0.003);
    }

    @Test
    void analyticIntervalIsCloseToTheBootstrapOnALargeDocument() {
        var boot = new EmphasisStats(THEMES, StatsOptions.DEFAULT.withBootstrap(1000));
        List<UnitObservation> doc = EmphasisStatsTest.bigDocument(600, 2);
        MeasureRow a = row(STATS.document("big", doc), "all", "ecology", Measure.CHAR_SHARE);
        MeasureRow b = row(boot.document("big", doc), "all", "ecology", Measure.CHAR_SHARE);
        double width = b.upper() - b.lower();
        assertEquals(width, a.upper() - a.lower(), 0.15 * width);
    }

    @Test
    void analyticSummaryRecordsNoReplicates() {
        assertEquals(0, STATS.document("d", twelveUnits()).summary().bootstrapReplicates());
    }

    /** Group G of four documents: economy units of {@code econChars} each, one none unit, given intensities. */
    private static List<GroupMember> fourDocuments() {
        int[][] econ = {{30, 30, 30, 30}, {40, 40}, {40, 40, 40, 40, 40}, {20, 20, 20}};
        double[][] inten = {{1, 1, 1, 0}, {0.5, 0}, {1, 1, 1, 1, 0}, {1, 0, 0}};
        int[] noneChars = {280, 220, 300, 290};
        List<GroupMember> out = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            List<UnitObservation> units = new ArrayList<>();
            for (int i = 0; i < econ[d].length; i++) units.add(econ("review", econ[d][i], inten[d][i]));
            units.add(unit("plan", noneChars[d], "none"));
            out.add(new GroupMember("G", OptionalInt.empty(), STATS.document("doc" + d, units).summary()));
        }
        return out;
    }

    private static MeasureRow groupRow(Measure m) {
        return new GroupComparison(THEMES, StatsOptions.DEFAULT).compare("city", fourDocuments()).groups().stream()
                .filter(x -> x.part().equals("all") && x.theme().equals("economy") && x.measure() == m)
                .findFirst().orElseThrow();
    }

    @Test
    void groupCharShareTreatsDocumentsAsClustersAsSvyratio() {
        // R: g <- data.frame(doc=c("a","b","c","d"), Y=c(120,80,200,60), X=c(400,300,500,350))
        //    confint(svyratio(~Y, ~X, svydesign(ids=~doc, data=g, weights=~rep(1,4))))
        //    -> 0.196974802348861 0.396573584747913 (ratio 0.296774193548387, SE 0.050918992382886)
        MeasureRow r = groupRow(Measure.CHAR_SHARE);
        assertEquals(0.296774193548387, r.value(), 1e-14);
        assertEquals(0.196974802348861, r.lower(), 1e-12);
        assertEquals(0.396573584747913, r.upper(), 1e-12);
    }

    @Test
    void groupIntensityTreatsDocumentsAsClustersAsSvyratio() {
        // R: gi <- data.frame(doc=c("a","b","c","d"), Y=c(3,0.5,4,1), X=c(4,2,5,3))
        //    confint(svyratio(~Y, ~X, svydesign(ids=~doc, data=gi, weights=~rep(1,4))))
        //    -> 0.35456087967495 0.859724834610765 (ratio 0.607142857142857)
        MeasureRow r = groupRow(Measure.INTENSITY);
        assertEquals(0.607142857142857, r.value(), 1e-14);
        assertEquals(0.35456087967495, r.lower(), 1e-12);
        assertEquals(0.859724834610765, r.upper(), 1e-12);
    }
}
