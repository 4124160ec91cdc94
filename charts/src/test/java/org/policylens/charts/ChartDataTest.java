package org.policylens.charts;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.RadarChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data that goes into each chart: series names, values, labels, colours. */
class ChartDataTest {

    private static List<Double> y(CategorySeries s) {
        List<Double> out = new ArrayList<>();
        for (Number n : s.getYData()) out.add(n == null ? null : n.doubleValue());
        return out;
    }

    @Test
    void distributionHasOneBarSeriesPerThemeInItsOwnColourAtItsOwnCategory() {
        CategoryChart c = Charts.distribution(Examples.distribution()).chart();
        assertEquals(List.of("经济", "创新", "生态", "民生", "无主题", BarCharts.INTERVAL_SERIES),
                List.copyOf(c.getSeriesMap().keySet()));
        CategorySeries eco = c.getSeriesMap().get("经济");
        assertEquals(java.util.Arrays.asList(0.38, null, null, null, null), y(eco));
        assertEquals(Palette.parse("#0072B2"), eco.getFillColor());
        assertEquals(List.of("经济", "创新", "生态", "民生", "无主题"), List.copyOf(eco.getXData()));
    }

    @Test
    void distributionWhiskersSpanExactlyLowerToUpper() {
        CategorySeries w = Charts.distribution(Examples.distribution()).chart().getSeriesMap()
                .get(BarCharts.INTERVAL_SERIES);
        List<Double> mid = y(w);
        List<Double> half = new ArrayList<>();
        for (Number n : w.getExtraValues()) half.add(n.doubleValue());
        assertEquals(0.33, mid.get(0) - half.get(0), 1e-12);
        assertEquals(0.43, mid.get(0) + half.get(0), 1e-12);
        assertEquals(0.065, mid.get(2) - half.get(2), 1e-12);
        assertEquals(0.125, mid.get(2) + half.get(2), 1e-12);
        assertFalse(w.isShowInLegend());
    }

    @Test
    void oneLinerBarsUseTheFallbackPaletteInOrder() {
        CategoryChart c = Charts.bars("Shares", List.of("a", "b"), List.of(0.4, 0.2), List.of(), List.of()).chart();
        assertEquals(Palette.parse(Palette.OKABE_ITO.get(1)), c.getSeriesMap().get("b").getFillColor());
        assertNull(c.getSeriesMap().get(BarCharts.INTERVAL_SERIES));
    }

    @Test
    void groupedBarsHaveOneSeriesPerThemeOverTheGroups() {
        CategoryChart c = Charts.groupedBars(Examples.byCity()).chart();
        assertEquals(Examples.THEMES, List.copyOf(c.getSeriesMap().keySet()));
        assertEquals(List.of(0.22, 0.21, 0.17, 0.30, 0.16), y(c.getSeriesMap().get("创新")));
        assertEquals(Examples.CITIES, List.copyOf(c.getSeriesMap().get("创新").getXData()));
        assertEquals(Palette.parse("#E69F00"), c.getSeriesMap().get("创新").getFillColor());
    }

    @Test
    void crowdedCategoryLabelsAreTilted() {
        List<String> cities = List.of("beijing", "chongqing", "fujian", "guangdong", "guowuyuan", "hailaer", "hubei",
                "shanghai", "sichuan", "suzhou", "zhejiang", "tianjin");
        List<Double> v = java.util.Collections.nCopies(cities.size(), 0.2);
        CategoryChart c = Charts.groupedBars(new CategoryData(ChartText.of("t"), cities,
                List.of(Series.of("经济", "#0072B2", v)))).chart();
        assertEquals(45, c.getStyler().getXAxisLabelRotation());
        assertEquals(0, Charts.groupedBars(Examples.byCity()).chart().getStyler().getXAxisLabelRotation());
    }

    @Test
    void stacked100BarsSumToOneInEveryGroup() {
        CategoryChart c = Charts.stacked100(Examples.byCity()).chart();
        assertTrue(c.getStyler().isStacked());
        for (int g = 0; g < Examples.CITIES.size(); g++) {
            double sum = 0;
            for (CategorySeries s : c.getSeriesMap().values()) sum += y(s).get(g);
            assertEquals(1.0, sum, 1e-12, Examples.CITIES.get(g));
        }
        assertEquals(0.36 / (0.36 + 0.22 + 0.08 + 0.25), y(c.getSeriesMap().get("经济")).get(0), 1e-12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void residualHeatmapScaleIsSymmetricAroundZeroWithTheFirstRowOnTop() {
        HeatMapChart c = Charts.heatmap(Examples.residuals()).chart();
        assertEquals(-c.getStyler().getMax(), c.getStyler().getMin(), 1e-12);
        assertTrue(c.getStyler().getMax() >= 3.1);
        assertTrue(c.getStyler().isPiecewise());
        assertEquals(List.of("全国", "深圳", "广州", "上海", "北京"), c.getHeatMapSeries().getYData());
        assertEquals("标准化残差", ((ScaleHeatMapChart) c).scaleLabel());
        Number[] shenzhenInnovation = null;
        for (Number[] n : (List<Number[]>) (List<?>) c.getHeatMapSeries().getHeatData()) {
            if (n[0].intValue() == 1 && n[1].intValue() == 1) shenzhenInnovation = n;
        }
        assertEquals(3.1, shenzhenInnovation[2].doubleValue(), 1e-12);
    }

    @Test
    void residualScaleHasABoundaryAtTwo() {
        HeatMapChart c = Charts.heatmap(Examples.residuals()).chart();
        double step = c.getStyler().getMax() / 3;
        assertEquals(0.0, 2.0 % step, 1e-12, "step " + step);
        assertEquals(Palette.DIVERGING.size(), c.getStyler().getSplitNumber());
    }

    @Test
    void aLongTitleIsShrunkToFitTheWidth() {
        String title = "各城市 × 主题：卡方标准化残差（按主要主题的句子数；正值 = 多于期望，|残差| > 2 约为 p < 0.05）再加一些字";
        XChartFigure<CategoryChart> f = Charts.bars(title, List.of("a"), List.of(1.0), List.of(), List.of());
        assertTrue(f.chart().getStyler().getChartTitleFont().getSize2D() < ChartStyle.DEFAULT.titleSize());
        assertTrue(f.titleFits());
    }

    @Test
    void shareHeatmapScaleStartsAtZero() {
        HeatMapChart c = Charts.heatmap(Examples.shares()).chart();
        assertEquals(0.0, c.getStyler().getMin());
        assertFalse(c.getStyler().isPiecewise());
    }

    @Test
    void radarValuesAreDividedByTheRimValueNamedInTheTitle() {
        RadarChart c = Charts.radar(Examples.radar()).chart();
        assertEquals(List.of("北京", "上海", "广州"), List.copyOf(c.getSeriesMap().keySet()));
        assertEquals(List.of("经济", "创新", "生态", "民生"), List.of(c.getRadiiLabels()));
        // max value 0.40 -> rim 45%
        assertEquals(0.36 / 0.45, c.getSeriesMap().get("北京").getValues()[0], 1e-12);
        assertTrue(c.getTitle().endsWith("[0 – 45%]"), c.getTitle());
        assertEquals(0.75, c.getStyler().getPlotContentSize());
    }

    @Test
    void trendHasAHiddenBandPolygonBehindEachLineWithIntervals() {
        XYChart c = Charts.trend(Examples.trend()).chart();
        List<String> names = List.copyOf(c.getSeriesMap().keySet());
        assertEquals(List.of("经济" + TrendCharts.BAND_SUFFIX, "创新" + TrendCharts.BAND_SUFFIX,
                "生态" + TrendCharts.BAND_SUFFIX, "经济", "创新", "生态", "民生"), names);
        XYSeries band = c.getSeriesMap().get("经济" + TrendCharts.BAND_SUFFIX);
        assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
        assertFalse(band.isShowInLegend());
        assertEquals(12, band.getXData().length);
        assertEquals(0.45, band.getYData()[0], 1e-12);   // upper, first year
        assertEquals(0.35, band.getYData()[11], 1e-12);  // lower, first year (polygon returns)
        assertEquals(2024.0, c.getSeriesMap().get("民生").getXData()[5]);
    }

    @Test
    void donutLeavesOutEmptySlicesAndKeepsThemeColours() {
        Distribution d = new Distribution(ChartText.of("t"), List.of(Bar.of("经济", "#0072B2", 3),
                Bar.of("生态", "#009E73", 0), Bar.of("民生", "#CC79A7", 1)));
        PieChart c = Charts.donut(d).chart();
        assertEquals(List.of("经济", "民生"), List.copyOf(c.getSeriesMap().keySet()));
        assertEquals(Palette.parse("#CC79A7"), c.getSeriesMap().get("民生").getFillColor());
    }

    @Test
    void smallMultiplesShareOneValueScale() {
        GridFigure g = Examples.smallMultiples();
        assertEquals(5, g.panels().size());
        assertEquals(2, g.rows());
        double first = ((CategoryChart) ((XChartFigure<?>) g.panels().get(0)).chart()).getStyler().getYAxisMax();
        for (Figure p : g.panels()) {
            assertEquals(first, ((CategoryChart) ((XChartFigure<?>) p).chart()).getStyler().getYAxisMax());
        }
    }
}
