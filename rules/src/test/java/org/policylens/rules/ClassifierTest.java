package org.policylens.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.rules.text.TextNormalizer;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassifierTest {

    private static Labels classify(String text) {
        return TestPacks.mini().classifier().classify(TextNormalizer.normalize(text));
    }

    private static List<String> rules(Labels l) {
        return l.evidence().stream().map(Match::ruleId).toList();
    }

    @Test
    void termMatchesAsSubstring() {
        Labels l = classify("全市地区生产总值稳步增长");
        assertEquals(List.of("economy"), l.themes());
        assertEquals("economy", l.primary());
        assertEquals(2.0, l.scores().get("economy"));
    }

    @Test
    void asciiLettersMatchCaseInsensitively() {
        assertEquals(List.of("economy"), classify("全年gdp增长").themes());
    }

    @Test
    void fullWidthTextMatchesHalfWidthTerm() {
        Labels l = classify("ＰＭ２．５平均浓度下降");
        assertEquals(List.of("ecology"), l.themes());
        assertEquals("PM2.5", l.evidence().get(0).text());
    }

    @Test
    void boundedTermCountsAsWholeWord() {
        assertEquals(List.of("economy.short"), rules(classify("引导消费升级")));
    }

    @Test
    void boundedTermInsideLongerWordDoesNotCount() {
        assertTrue(classify("保护消费者合法权益").evidence().isEmpty());
    }

    @Test
    void patternFindsEveryFigure() {
        Labels l = classify("收入增长5.2%，利润增长3%");
        assertEquals(List.of("economy.growth-figure", "economy.growth-figure"),
                rules(l).stream().filter(r -> r.startsWith("economy")).toList());
        assertEquals(1.0, l.scores().get("economy"));
    }

    @Test
    void scoreBelowThresholdGivesNoTheme() {
        Labels l = classify("增长5.2%");
        assertEquals(0.5, l.scores().get("economy"));
        assertTrue(l.isNone());
        assertEquals(Labels.NONE_ID, l.primary());
    }

    @Test
    void proximityMatchesInAnyOrderWithinSpan() {
        Labels l = classify("谋划一批重点项目，加大招商力度");
        assertEquals(List.of("economy.invest-project"), rules(l));
        assertEquals("项目，加大招商", l.evidence().get(0).text());
    }

    @Test
    void proximityTooFarApartDoesNotMatch() {
        assertTrue(classify("招商工作取得新的进展和突破性的成绩，一批项目").evidence().isEmpty());
    }

    @Test
    void orderedProximityNeedsListedOrder() {
        assertFalse(rules(classify("加大投入支持研发")).contains("innovation.ordered"));
        assertTrue(rules(classify("研发投入增长")).contains("innovation.ordered"));
    }

    @Test
    void themeExclusionCancelsOnlyListedTerm() {
        Labels l = classify("打造一流创新生态");
        assertEquals(List.of("innovation"), l.themes());
        assertEquals(0.0, l.scores().get("ecology"));
    }

    @Test
    void themeExclusionWithoutTermListCancelsEveryOverlappingMatch() {
        assertTrue(classify("开辟绿色通道").isNone());
    }

    @Test
    void exclusionDoesNotCancelMatchElsewhereInUnit() {
        assertEquals(List.of("ecology"), classify("开辟绿色通道，发展绿色产业").themes());
    }

    @Test
    void ruleExcludeCancelsThatRulesMatch() {
        assertFalse(classify("创新招商方式").themes().contains("innovation"));
    }

    @Test
    void matchInsideLongerMatchOfSameThemeCountsOnce() {
        Labels l = classify("改善空气质量");
        assertEquals(1.0, l.scores().get("ecology"));
        assertEquals("空气质量", l.evidence().get(0).text());
    }

    @Test
    void themeThresholdOverrideApplies() {
        assertTrue(classify("稳定就业").isNone());
        assertEquals(List.of("livelihood"), classify("稳定就业，增加收入").themes());
    }

    @Test
    void primaryIsHighestScore() {
        Labels l = classify("推进科技创新，地区生产总值增长");
        assertEquals(List.of("economy", "innovation"), l.themes());
        assertEquals("economy", l.primary());
    }

    @Test
    void tieGoesToThemeNamedFirst() {
        assertEquals("innovation", classify("加强研发，改善空气质量").primary());
        assertEquals("ecology", classify("改善空气质量，加强研发").primary());
    }

    @Test
    void headingPriorAddsWeight() {
        String text = TextNormalizer.normalize("稳定就业");
        Labels l = TestPacks.mini().classifier().classify(text, List.of("三、保障和改善民生"));
        assertEquals(List.of("livelihood"), l.themes());
        assertEquals(2.0, l.scores().get("livelihood"));
    }

    @Test
    void intensifiersAreRecordedButAreNotEvidence() {
        Labels l = classify("大力推进全面发展");
        assertTrue(l.isNone());
        assertEquals(List.of("大力", "全面"), l.intensifiers().stream().map(IntensifierHit::term).toList());
        assertEquals(1.5, l.intensity());
    }

    @Test
    void scoresListEveryThemeInPackOrder() {
        assertEquals(List.of("economy", "innovation", "ecology", "livelihood"), List.copyOf(classify("").scores().keySet()));
    }

    @Test
    void evidenceIsOrderedByStart() {
        List<Integer> starts = classify("改善空气质量，推进科技创新，地区生产总值增长").evidence().stream().map(Match::start).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
    }

    @Test
    void sameTextGivesEqualLabels() {
        String t = "大力推进科技创新，改善空气质量，扩大消费，稳定就业";
        assertEquals(classify(t), classify(t));
    }

    @Test
    void explainListsDroppedMatchWithReason() {
        Explanation e = TestPacks.mini().classifier().explain("打造一流创新生态", List.of());
        assertEquals(1, e.dropped().size());
        assertEquals(Explanation.Reason.EXCLUSION, e.dropped().get(0).reason());
        assertTrue(e.dropped().get(0).detail().contains("ecology.metaphor"), e.dropped().get(0).detail());
    }

    @Test
    void sameSpanFromTwoRulesOfOneThemeCountsOnce(@TempDir Path dir) {
        RulePack p = TestPacks.inline(dir, "dup.yaml", TestPacks.oneTheme("""
                - {id: a.one, kind: terms, terms: [绿色]}
                - {id: a.two, kind: pattern, pattern: "绿色"}
                """));
        assertEquals(1.0, p.classifier().classify("绿色").scores().get("alpha"));
    }

    @Test
    void tieWithSameFirstMatchGoesToPackOrder(@TempDir Path dir) {
        RulePack p = TestPacks.inline(dir, "tie.yaml", """
                name: tie
                version: 1
                themes:
                  - {id: b, label_zh: 乙, label_en: B, color: "#111111", rules: [{id: b.t, kind: terms, terms: [绿色]}]}
                  - {id: a, label_zh: 甲, label_en: A, color: "#222222", rules: [{id: a.t, kind: terms, terms: [绿色]}]}
                """);
        Labels l = p.classifier().classify("绿色");
        assertEquals(List.of("b", "a"), l.themes());
        assertEquals("b", l.primary());
    }

    @Test
    void parallelClassificationEqualsSequential() {
        List<String> texts = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> i % 2 == 0 ? "大力推进科技创新" + i : "改善空气质量，扩大消费，稳定就业" + i).toList();
        List<Labels> seq = texts.stream().map(ClassifierTest::classify).toList();
        List<Labels> par = texts.parallelStream().map(ClassifierTest::classify).toList();
        assertEquals(seq, par);
    }

    @Test
    void scoresCarryNoFloatingPointNoise(@TempDir Path dir) {
        RulePack p = TestPacks.inline(dir, "f.yaml", TestPacks.oneTheme("""
                - {id: a.one, kind: terms, weight: 0.1, terms: [绿色]}
                - {id: a.two, kind: terms, weight: 0.2, terms: [蓝天]}
                """));
        assertEquals(0.3, p.classifier().classify("绿色蓝天").scores().get("alpha"));
    }

    /** Two themes: alpha (绿色 2.0, 蓝天 2.0) and beta (科技 0.5 each) with the given secondary_ratio line. */
    private static RulePack ratioPack(Path dir, String ratioLine) {
        return TestPacks.inline(dir, "ratio.yaml", """
                name: ratio
                version: 1
                %s
                themes:
                  - {id: alpha, label_zh: 甲, label_en: A, color: "#111111", rules: [{id: a.t, kind: terms, weight: 2.0, terms: [绿色, 蓝天]}]}
                  - {id: beta, label_zh: 乙, label_en: B, color: "#222222", rules: [{id: b.t, kind: terms, weight: 1.0, terms: [科技, 研发]}]}
                """.formatted(ratioLine));
    }

    @Test
    void secondaryRatioDropsWeakSecondTheme(@TempDir Path dir) {
        Labels l = ratioPack(dir, "secondary_ratio: 0.3").classifier().classify("绿色蓝天，科技");
        assertEquals(List.of("alpha"), l.themes());
        assertEquals("alpha", l.primary());
        assertEquals(1.0, l.scores().get("beta"));
    }

    @Test
    void secondaryRatioKeepsStrongSecondTheme(@TempDir Path dir) {
        Labels l = ratioPack(dir, "secondary_ratio: 0.3").classifier().classify("绿色蓝天，科技研发");
        assertEquals(List.of("alpha", "beta"), l.themes());
        assertEquals("alpha", l.primary());
    }

    @Test
    void secondaryRatioOffByDefault(@TempDir Path dir) {
        assertEquals(List.of("alpha", "beta"), ratioPack(dir, "").classifier().classify("绿色蓝天，科技").themes());
    }

    @Test
    void explainNamesThemeLeftOutBySecondaryRatio(@TempDir Path dir) {
        String d = ratioPack(dir, "secondary_ratio: 0.3").classifier().explain("绿色蓝天，科技", List.of()).decision();
        assertEquals("themes alpha; primary alpha (highest score 4); left out beta (score below secondary_ratio 0.3 x 4 = 1.2)", d);
    }

    /** alpha (绿色 2.0, 蓝天 2.0, 碧水 2.0), beta (科技 1.0, 高新技术企业 2.5), secondary_ratio 0.3 and the keep line. */
    private static RulePack keepPack(Path dir, String keepLine) {
        return TestPacks.inline(dir, "keep.yaml", """
                name: keep
                version: 1
                secondary_ratio: 0.3
                %s
                themes:
                  - {id: alpha, label_zh: 甲, label_en: A, color: "#111111", rules: [{id: a.t, kind: terms, weight: 2.0, terms: [绿色, 蓝天, 碧水]}]}
                  - {id: beta, label_zh: 乙, label_en: B, color: "#222222", rules: [{id: b.weak, kind: terms, weight: 1.0, terms: [科技]},
                      {id: b.core, kind: terms, weight: 2.5, terms: [高新技术企业]}]}
                """.formatted(keepLine));
    }

    @Test
    void strongMatchKeepsSecondThemeBelowTheRatio(@TempDir Path dir) {
        // beta 2.5 < 0.3 x 12 = 3.6, but its one match weighs 2.5 >= secondary_keep_weight
        Labels l = keepPack(dir, "secondary_keep_weight: 2.5").classifier().classify("绿色蓝天碧水，绿色蓝天碧水，新增高新技术企业");
        assertEquals(List.of("alpha", "beta"), l.themes());
        assertEquals("alpha", l.primary());
    }

    @Test
    void weakMatchesBelowTheRatioStayOutEvenWithKeepWeight(@TempDir Path dir) {
        // beta 2.0 from two weak matches: below the ratio, and no single match reaches the keep weight
        Labels l = keepPack(dir, "secondary_keep_weight: 2.5").classifier().classify("绿色蓝天碧水，绿色蓝天碧水，科技科技");
        assertEquals(List.of("alpha"), l.themes());
    }

    @Test
    void withoutKeepWeightTheRatioDecides(@TempDir Path dir) {
        Labels l = keepPack(dir, "").classifier().classify("绿色蓝天碧水，绿色蓝天碧水，新增高新技术企业");
        assertEquals(List.of("alpha"), l.themes());
    }

    @Test
    void explainNamesTheKeepWeight(@TempDir Path dir) {
        String d = keepPack(dir, "secondary_keep_weight: 2.5").classifier()
                .explain("绿色蓝天碧水，绿色蓝天碧水，科技科技", List.of()).decision();
        assertEquals("themes alpha; primary alpha (highest score 12); left out beta (score below secondary_ratio 0.3 x 12"
                + " = 3.6, and no match of weight >= 2.5)", d);
    }

    @Test
    void negativeKeepWeightIsRejectedWithPlace(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> keepPack(dir, "secondary_keep_weight: -1"));
        assertTrue(e.getMessage().endsWith("keep.yaml:4:24: 'secondary_keep_weight' must be >= 0 (0 = off)"), e.getMessage());
    }

    private static final String KEEP_SCORE = "secondary_keep_score: 2.0\nsecondary_keep_floor: 0.15";

    @Test
    void secondThemeWithEnoughScoreStaysBelowTheRatio(@TempDir Path dir) {
        // beta 2.0 (two matches) < 0.3 x 12 = 3.6, but 2.0 >= secondary_keep_score and 2/12 >= 0.15
        Labels l = keepPack(dir, KEEP_SCORE).classifier().classify("绿色蓝天碧水，绿色蓝天碧水，科技科技");
        assertEquals(List.of("alpha", "beta"), l.themes());
        assertEquals("alpha", l.primary());
    }

    @Test
    void keepScoreStillNeedsTheFloorShareOfThePrimary(@TempDir Path dir) {
        // beta 2.0 beside alpha 24: 2/24 < 0.15, an aside in a long sentence of one theme
        Labels l = keepPack(dir, KEEP_SCORE).classifier()
                .classify("绿色蓝天碧水，绿色蓝天碧水，绿色蓝天碧水，绿色蓝天碧水，科技科技");
        assertEquals(List.of("alpha"), l.themes());
    }

    @Test
    void oneWeakWordStaysOutWithKeepScore(@TempDir Path dir) {
        // beta 1.0 reaches its threshold but neither the ratio (3.6) nor the keep score (2.0)
        Labels l = keepPack(dir, KEEP_SCORE).classifier().classify("绿色蓝天碧水，绿色蓝天碧水，科技");
        assertEquals(List.of("alpha"), l.themes());
    }

    @Test
    void explainNamesTheKeepScore(@TempDir Path dir) {
        String d = keepPack(dir, KEEP_SCORE).classifier().explain("绿色蓝天碧水，绿色蓝天碧水，科技", List.of()).decision();
        assertEquals("themes alpha; primary alpha (highest score 12); left out beta (score below secondary_ratio 0.3 x 12"
                + " = 3.6, and not both a score >= 2 and >= 0.15 x 12)", d);
    }

    private static final String VOTES = "primary_clause_votes: 0.5";

    @Test
    void clauseVotesLetTheThemeOfMostClausesOvertakeASlightlyHigherScore(@TempDir Path dir) throws java.io.IOException {
        // alpha 6 in one clause, beta 5 in two: by score alone alpha; with votes worth 0.5 x 6 = 3 each, 9 against 11
        String text = "绿色蓝天碧水，高新技术企业，高新技术企业";
        assertEquals("alpha", keepPack(java.nio.file.Files.createDirectory(dir.resolve("off")), "").classifier().classify(text).primary());
        assertLabels(keepPack(java.nio.file.Files.createDirectory(dir.resolve("on")), VOTES).classifier().classify(text),
                "beta", "alpha", "beta");
    }

    @Test
    void clauseVotesDoNotLetTwoClausesOutvoteALongListOfOneTheme(@TempDir Path dir) {
        // alpha 12 in one clause, beta 5 in two: 12 + 6 = 18 against 5 + 12 = 17
        assertLabels(keepPack(dir, VOTES).classifier().classify("绿色蓝天碧水绿色蓝天碧水，高新技术企业，高新技术企业"),
                "alpha", "alpha", "beta");
    }

    /** The labels' primary and set. */
    private static void assertLabels(Labels l, String primary, String... themes) {
        assertEquals(List.of(themes), l.themes());
        assertEquals(primary, l.primary());
    }

    @Test
    void asciiPunctuationEndsAClauseToo(@TempDir Path dir) {
        assertEquals("beta", keepPack(dir, VOTES).classifier().classify("绿色蓝天碧水,高新技术企业;高新技术企业").primary());
    }

    @Test
    void withoutPunctuationThereIsOneClauseAndTheScoreDecides(@TempDir Path dir) {
        assertEquals("alpha", keepPack(dir, VOTES).classifier().classify("绿色蓝天碧水高新技术企业高新技术企业").primary());
    }

    @Test
    void explainShowsTheClauseVotesAndATiedClauseSplitsItsVote(@TempDir Path dir) {
        // clause 1: alpha 2 and beta 2 (half a vote each); clause 2: alpha 2 (one vote); a vote is worth 0.5 x 4 = 2
        String d = keepPack(dir, VOTES).classifier().explain("绿色科技科技，蓝天", List.of()).decision();
        assertEquals("themes alpha,beta; primary alpha (highest score plus clause votes, 2 per clause won (0.5 x top score 4):"
                + " alpha 4 + 2 x 1.5 = 7, beta 2 + 2 x 0.5 = 3)", d);
    }

    @Test
    void aSingleThemeNeedsNoVotes(@TempDir Path dir) {
        String d = keepPack(dir, VOTES).classifier().explain("绿色，蓝天", List.of()).decision();
        assertEquals("themes alpha; primary alpha (the only theme above its threshold)", d);
    }

    @Test
    void negativeClauseVotesAreRejectedWithPlace(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> keepPack(dir, "primary_clause_votes: -0.5"));
        assertTrue(e.getMessage().endsWith("keep.yaml:4:23: 'primary_clause_votes' must be >= 0 (0 = off)"), e.getMessage());
    }

    @Test
    void keepFloorOfOneOrMoreIsRejectedWithPlace(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class,
                () -> keepPack(dir, "secondary_keep_score: 2.0\nsecondary_keep_floor: 1.5"));
        assertTrue(e.getMessage().endsWith("keep.yaml:5:23: 'secondary_keep_floor' must be >= 0 and < 1 (0 = off)"), e.getMessage());
    }
}
