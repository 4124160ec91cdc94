package org.policylens.analysis.output;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.charts.Bar;
import org.policylens.charts.CategoryData;
import org.policylens.charts.Distribution;
import org.policylens.charts.HeatmapData;
import org.policylens.charts.Lang;
import org.policylens.charts.Series;
import org.policylens.charts.TrendData;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart data built from the fixture output folder. */
class StandardChartsTest {
    @TempDir
    static Path tmp;
    static OutputTables tables;

    @BeforeAll
    static void read() {
        tables = OutputTables.read(Fixture.copyTo(tmp.resolve("out")));
    }

    static StandardCharts charts(Lang lang) {
        return new StandardCharts(tables, ThemeTable.builtin(), lang, "units_primary_share");
    }

    @Test
    void documentDistributionHasThemesInPackOrderThenNoneWithTheirColoursAndIntervals() {
        Distribution d = charts(Lang.ZH).documentDistribution("beijing_2026");
        assertEquals(List.of("经济", "创新", "生态", "民生", "无主题"), d.labels());
        Bar eco = d.bars().get(0);
        assertEquals("#0072B2", eco.color());
        assertEquals(0.32619, eco.value());
        assertEquals(0.283106, eco.lower());
        assertEquals(0.372426, eco.upper());
        assertTrue(d.text().isPercent());
        assertTrue(d.text().title().startsWith("beijing_2026：按主要主题的句子占比（误差线为 95% Wilson 区间）"),
                d.text().title());
    }

    @Test
    void englishLabelsComeFromTheThemeTable() {
        Distribution d = charts(Lang.EN).documentDistribution("beijing_2026");
        assertEquals(List.of("Economy", "Innovation", "Ecology", "Livelihood", "None"), d.labels());
        assertEquals("beijing_2026: share of units by primary theme (whiskers: 95% Wilson interval)",
                d.text().title());
    }

    @Test
    void theBuiltinTableMatchesTheZhPolicyPack() {
        ThemeTable fromPack = ThemeTable.forPack("zh-policy");
        for (String id : List.of("economy", "innovation", "ecology", "livelihood")) {
            assertEquals(ThemeTable.builtin().style(id), fromPack.style(id), id);
        }
    }

    @Test
    void reviewPlanHasTheTwoPartsAsCategoriesAndThemesAsSeries() {
        CategoryData c = charts(Lang.ZH).reviewPlan("shanghai_2024");
        assertEquals(List.of("回顾", "计划"), c.categories());
        Series eco = c.series().get(0);
        assertEquals("经济", eco.name());
        assertEquals(2, eco.values().size());
    }

    @Test
    void groupedBarsHaveOneCategoryPerCity() {
        CategoryData c = charts(Lang.ZH).grouped("city");
        assertEquals(List.of("beijing", "guowuyuan", "shanghai"), c.categories());
        assertEquals(5, c.series().size());
        assertEquals(0.32619, c.series().get(0).values().get(0));
    }

    @Test
    void residualHeatmapTakesResidualsOfPartAll() {
        HeatmapData h = charts(Lang.ZH).heatmapResiduals("city");
        assertTrue(h.diverging());
        assertEquals(List.of("beijing", "guowuyuan", "shanghai"), h.rows());
        assertEquals(List.of("经济", "创新", "生态", "民生", "无主题"), h.columns());
        assertEquals(2.623024, h.values().get(0).get(1));
        assertTrue(h.scaleLabel().startsWith("标准化残差"), h.scaleLabel());
    }

    @Test
    void noResidualHeatmapForAGroupingWithoutResiduals() {
        assertNull(charts(Lang.ZH).heatmapResiduals("year"));
    }

    @Test
    void radarLeavesOutNone() {
        CategoryData r = charts(Lang.ZH).radar("city");
        assertEquals(List.of("经济", "创新", "生态", "民生"), r.categories());
        assertEquals(List.of("beijing", "guowuyuan", "shanghai"), r.series().stream().map(Series::name).toList());
    }

    @Test
    void cityTrendsCoverCitiesWithTwoOrMoreYears() {
        var planner = new TrendPlanner(tables, ThemeTable.builtin(), Lang.ZH, "units_primary_share", java.util.Map.of());
        var trends = planner.entityTrends("city");
        assertEquals(List.of("shanghai", "guowuyuan"), List.copyOf(trends.keySet()));
        TrendData sh = trends.get("shanghai");
        assertEquals(List.of(2023, 2024), sh.years());
        assertEquals(4, sh.series().size());
        assertTrue(sh.series().get(0).hasIntervals());
    }

    @Test
    void planNamesEveryStandardChartOnce() {
        List<PlannedChart> plan = charts(Lang.ZH).plan();
        List<String> names = plan.stream().map(PlannedChart::name).toList();
        assertEquals(names.size(), names.stream().distinct().count());
        for (String n : List.of("doc_beijing_2026_distribution", "doc_beijing_2026_donut",
                "doc_beijing_2026_review_plan", "city_grouped", "city_stacked100", "city_heatmap_shares",
                "city_heatmap_residuals", "city_radar", "city_small_multiples", "year_trend", "trend_city_shanghai")) {
            assertTrue(names.contains(n), n + " missing from " + names);
        }
    }

    @Test
    void noDonutOrStackedBarsForAMeasureThatIsNotPartOfAWhole() {
        List<String> names = new StandardCharts(tables, ThemeTable.builtin(), Lang.ZH, "units_any_share").plan()
                .stream().map(PlannedChart::name).toList();
        assertFalse(names.contains("doc_beijing_2026_donut"));
        assertFalse(names.contains("city_stacked100"));
        assertTrue(names.contains("doc_beijing_2026_distribution"));
    }
}
