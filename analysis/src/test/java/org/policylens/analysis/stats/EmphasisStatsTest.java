package org.policylens.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.analysis.stats.Observations.THEMES;
import static org.policylens.analysis.stats.Observations.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Per-document measures. The five-unit document below is worked by hand (numbers in the comments); Wilson
 * bounds are from R (hand formula, see ReferenceStatisticsTest): wilson(2,5) -> 0.117620774232648 0.769275718723987.
 */
class EmphasisStatsTest {

    private static final EmphasisStats STATS = new EmphasisStats(THEMES, StatsOptions.DEFAULT);
    /** The percentile bootstrap, chosen explicitly (the default is the analytic interval). */
    private static final EmphasisStats BOOT = new EmphasisStats(THEMES, StatsOptions.DEFAULT.withBootstrap(1000));

    /**
     * all: 5 units, 105 chars, 49 words. review: units 1-2 (30 chars, 15 words); plan: units 3-4 (70 chars, 32 words).
     */
    static List<UnitObservation> fiveUnits() {
        return List.of(
                new UnitObservation("review", 20, 10, Set.of("economy", "livelihood"), "economy",
                        Map.of("economy", 2, "livelihood", 1), 1.0),
                new UnitObservation("review", 10, 5, Set.of("ecology"), "ecology", Map.of("ecology", 1), 0),
                new UnitObservation("plan", 30, 12, Set.of("economy"), "economy", Map.of("economy", 3), 2.0),
                new UnitObservation("plan", 40, 20, Set.of(), "none", Map.of(), 0),
                new UnitObservation("other", 5, 2, Set.of(), "none", Map.of("innovation", 1), 0));
    }

    private static MeasureRow row(DocumentStats d, String part, String theme, Measure m) {
        return d.rows().stream()
                .filter(r -> r.part().equals(part) && r.theme().equals(theme) && r.measure() == m)
                .findFirst().orElseThrow();
    }

    @Test
    void oneRowPerPartThemeAndMeasure() {
        assertEquals(3 * 4 * 9, STATS.document("d", fiveUnits()).rows().size());
    }

    @Test
    void unitsPrimaryShareWithWilsonInterval() {
        MeasureRow r = row(STATS.document("d", fiveUnits()), "all", "economy", Measure.UNITS_PRIMARY_SHARE);
        assertEquals(0.4, r.value(), 1e-15);                 // 2 of 5
        assertEquals(0.117620774232648, r.lower(), 1e-12);   // R wilson(2,5)
        assertEquals(0.769275718723987, r.upper(), 1e-12);
    }

    @Test
    void unitsAnyCountsEveryThemeOfAUnit() {
        DocumentStats d = STATS.document("d", fiveUnits());
        assertEquals(1, row(d, "all", "livelihood", Measure.UNITS_ANY).value());
        assertEquals(0, row(d, "all", "livelihood", Measure.UNITS_PRIMARY).value());
        // R wilson(1,5) -> 0.0362241086324301 0.6244653702374746
        assertEquals(0.0362241086324301, row(d, "all", "livelihood", Measure.UNITS_ANY_SHARE).lower(), 1e-12);
    }

    @Test
    void charShareCountsCharactersOfUnitsCarryingTheTheme() {
        assertEquals(50.0 / 105, row(STATS.document("d", fiveUnits()), "all", "economy", Measure.CHAR_SHARE).value(), 1e-15);
    }

    @Test
    void hitsIncludeHitsBelowTheThemeThreshold() {
        assertEquals(1, row(STATS.document("d", fiveUnits()), "all", "innovation", Measure.HITS).value());
    }

    @Test
    void hitsPer10kChars() {
        assertEquals(5 * 10_000.0 / 105,
                row(STATS.document("d", fiveUnits()), "all", "economy", Measure.HITS_PER_10K_CHARS).value(), 1e-12);
    }

    @Test
    void hitsPer1kWords() {
        assertEquals(5 * 1_000.0 / 49,
                row(STATS.document("d", fiveUnits()), "all", "economy", Measure.HITS_PER_1K_WORDS).value(), 1e-12);
    }

    @Test
    void intensityIsMeanIntensifierWeightOfUnitsCarryingTheTheme() {
        assertEquals(1.5, row(STATS.document("d", fiveUnits()), "all", "economy", Measure.INTENSITY).value(), 1e-15);
    }

    @Test
    void intensityOfAThemeWithoutUnitsIsEmptyWithANote() {
        MeasureRow r = row(STATS.document("d", fiveUnits()), "all", "innovation", Measure.INTENSITY);
        assertTrue(Double.isNaN(r.value()));
        assertEquals("no unit carries this theme", r.note());
    }

    @Test
    void reviewPartUsesOnlyReviewUnits() {
        assertEquals(20.0 / 30, row(STATS.document("d", fiveUnits()), "review", "economy", Measure.CHAR_SHARE).value(), 1e-15);
    }

    @Test
    void planPartUsesOnlyPlanUnits() {
        // plan: 1 of 2 units economy; R wilson(1,2) -> 0.0945312057342307 0.9054687942657693
        MeasureRow r = row(STATS.document("d", fiveUnits()), "plan", "economy", Measure.UNITS_PRIMARY_SHARE);
        assertEquals(0.5, r.value());
        assertEquals(0.0945312057342307, r.lower(), 1e-12);
    }

    @Test
    void summaryCarriesPartSizes() {
        DocumentSummary s = STATS.document("d", fiveUnits()).summary();
        assertEquals(List.of(5, 105L, 49L, 2L), List.of(s.units(PartScope.ALL), s.chars(PartScope.ALL),
                s.words(PartScope.ALL), s.unitsWithoutTheme(PartScope.ALL)));
    }

    @Test
    void everyBootstrapIntervalHoldsItsPointEstimateOnThisDocument() {
        DocumentStats d = BOOT.document("d", bigDocument(300, 1));
        for (MeasureRow r : d.rows())
            if ((r.measure() == Measure.CHAR_SHARE || r.measure() == Measure.INTENSITY) && !Double.isNaN(r.value()))
                assertTrue(r.lower() <= r.value() && r.value() <= r.upper(), r.toString());
    }

    @Test
    void charShareBootstrapAgreesWithWilsonWhenUnitsHaveEqualLength() {
        // 120 of 400 equal-length units: the char share is a unit share, so its bootstrap interval should be
        // close to the Wilson interval; R wilson(120,400) -> 0.257167671956197 0.346637245777522
        List<UnitObservation> units = new ArrayList<>();
        for (int i = 0; i < 400; i++) units.add(unit("review", 30, i < 120 ? "economy" : "none"));
        MeasureRow r = row(BOOT.document("equal", units), "review", "economy", Measure.CHAR_SHARE);
        assertEquals(0.257167671956197, r.lower(), 0.01);
        assertEquals(0.346637245777522, r.upper(), 0.01);
    }

    @Test
    void bootstrapRepeatsExactlyForTheSameDocumentAndSeed() {
        assertEquals(BOOT.document("d", bigDocument(200, 7)).rows(), BOOT.document("d", bigDocument(200, 7)).rows());
    }

    @Test
    void bootstrapDependsOnTheSeed() {
        var other = new EmphasisStats(THEMES, StatsOptions.DEFAULT.withBootstrap(1000).withSeed(1));
        assertNotEquals(row(BOOT.document("d", bigDocument(200, 7)), "all", "economy", Measure.CHAR_SHARE),
                row(other.document("d", bigDocument(200, 7)), "all", "economy", Measure.CHAR_SHARE));
    }

    @Test
    void bootstrapDoesNotDependOnThreadScheduling() {
        List<DocumentStats> sequential = IntStream.range(0, 8)
                .mapToObj(i -> BOOT.document("doc" + i, bigDocument(150, i))).toList();
        List<DocumentStats> parallel = IntStream.range(0, 8).parallel()
                .mapToObj(i -> BOOT.document("doc" + i, bigDocument(150, i))).toList();
        assertEquals(sequential.stream().map(DocumentStats::rows).toList(),
                parallel.stream().map(DocumentStats::rows).toList());
    }

    @Test
    void analyticIntervalDoesNotDependOnThreadScheduling() {
        List<DocumentStats> sequential = IntStream.range(0, 8)
                .mapToObj(i -> STATS.document("doc" + i, bigDocument(150, i))).toList();
        List<DocumentStats> parallel = IntStream.range(0, 8).parallel()
                .mapToObj(i -> STATS.document("doc" + i, bigDocument(150, i))).toList();
        assertEquals(sequential.stream().map(DocumentStats::rows).toList(),
                parallel.stream().map(DocumentStats::rows).toList());
    }

    @Test
    void everyAnalyticIntervalHoldsItsPointEstimateOnThisDocument() {
        DocumentStats d = STATS.document("d", bigDocument(300, 1));
        for (MeasureRow r : d.rows())
            if ((r.measure() == Measure.CHAR_SHARE || r.measure() == Measure.INTENSITY) && !Double.isNaN(r.lower()))
                assertTrue(r.lower() <= r.value() && r.value() <= r.upper(), r.toString());
    }

    @Test
    void largeDocumentsGetFewerReplicates() {
        var opts = StatsOptions.DEFAULT.withMaxBootstrapDraws(100_000);
        assertEquals(List.of(1000, 500, 200), List.of(opts.replicatesFor(100), opts.replicatesFor(200),
                opts.replicatesFor(10_000)));
    }

    @Test
    void allUnitsUnlabelledGivesZeroSharesAndNotedIntensity() {
        List<UnitObservation> units = List.of(unit("review", 10, "none"), unit("plan", 12, "none"));
        DocumentStats d = STATS.document("blank", units);
        assertEquals(0, row(d, "all", "ecology", Measure.UNITS_ANY_SHARE).value());
        assertEquals(0, row(d, "all", "ecology", Measure.CHAR_SHARE).value());
        assertEquals("no unit carries this theme", row(d, "all", "ecology", Measure.INTENSITY).note());
    }

    @Test
    void zeroCharactersLeaveCharMeasuresEmptyWithANote() {
        DocumentStats d = STATS.document("zero", List.of(unit("review", 0, "economy")));
        MeasureRow r = row(d, "all", "economy", Measure.CHAR_SHARE);
        assertTrue(Double.isNaN(r.value()));
        assertEquals("no characters in this part", r.note());
    }

    @Test
    void emptyPartLeavesSharesEmptyWithANote() {
        MeasureRow r = row(STATS.document("d", List.of(unit("review", 10, "economy"))), "plan", "economy",
                Measure.UNITS_PRIMARY_SHARE);
        assertTrue(Double.isNaN(r.value()));
        assertEquals("no units in this part", r.note());
    }

    @Test
    void emptyDocumentIsAllowed() {
        assertEquals(108, STATS.document("empty", List.of()).rows().size());
    }

    @Test
    void everyMissingValueHasANote() {
        for (MeasureRow r : STATS.document("empty", List.of()).rows())
            assertTrue(!Double.isNaN(r.value()) || !r.note().isEmpty(), r.toString());
    }

    @Test
    void unknownThemeIsRejectedNamingDocumentAndUnit() {
        var bad = List.of(unit("review", 10, "defence"));
        var e = assertThrows(IllegalArgumentException.class, () -> STATS.document("doc-x", bad));
        assertEquals("doc-x: unit 0: theme defence is not in the theme set [economy, innovation, ecology, livelihood]",
                e.getMessage());
    }

    @Test
    void primaryMustBeAmongTheThemes() {
        assertThrows(IllegalArgumentException.class,
                () -> new UnitObservation("plan", 3, 1, Set.of("ecology"), "economy", Map.of(), 0));
    }

    /** A deterministic mixed document: themes cycle with the unit index, lengths and intensities vary. */
    static List<UnitObservation> bigDocument(int n, int salt) {
        String[] parts = {"review", "plan", "other"};
        String[] prim = {"economy", "innovation", "ecology", "livelihood", "none", "economy"};
        List<UnitObservation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String p = prim[(i * 7 + salt) % prim.length];
            Set<String> themes = p.equals("none") ? Set.of()
                    : (i % 4 == 0 && !p.equals("livelihood")) ? Set.of(p, "livelihood") : Set.of(p);
            out.add(new UnitObservation(parts[(i + salt) % 3], 10 + (i * 13 + salt) % 60, 5 + i % 20, themes, p,
                    p.equals("none") ? Map.of() : Map.of(p, 1 + i % 3), (i % 5 == 0) ? 1.0 : 0.0));
        }
        return out;
    }
}
