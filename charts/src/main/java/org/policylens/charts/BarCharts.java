package org.policylens.charts;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Bar charts: one distribution with whiskers, grouped bars, 100% stacked bars. */
final class BarCharts {
    /** Name of the hidden series that carries the interval whiskers. */
    static final String INTERVAL_SERIES = "95%";

    private BarCharts() {
    }

    /**
     * One bar per category in its own colour, with asymmetric 95% whiskers. XChart's error bars are symmetric, so a
     * whisker is drawn as an invisible point at the interval's midpoint with a half-width error bar: it spans exactly
     * [lower, upper].
     */
    static XChartFigure<CategoryChart> distribution(Distribution data, ChartStyle style) {
        return distribution(data, style, Scales.niceMax(data.max(), data.text().isPercent()));
    }

    /** As above with a given value-axis maximum (small multiples share one scale). */
    static XChartFigure<CategoryChart> distribution(Distribution data, ChartStyle style, double yMax) {
        CategoryChart chart = base(data.text(), style);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        chart.getStyler().setErrorBarsColor(ChartStyle.TEXT);
        List<String> labels = data.labels();
        rotateIfCrowded(chart, labels, style);
        int n = labels.size();
        for (int i = 0; i < n; i++) {
            Bar b = data.bars().get(i);
            List<Double> values = nulls(n);
            values.set(i, Double.isNaN(b.value()) ? null : b.value());
            CategorySeries s = chart.addSeries(b.label(), labels, values);
            s.setFillColor(Palette.parse(b.color()));
            s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        }
        if (data.bars().stream().anyMatch(Bar::hasInterval)) {
            // one hidden series for all whiskers (XChart rejects null values next to error bars); a bar without an
            // interval gets a zero-length whisker at its value
            List<Double> mid = new ArrayList<>(n);
            List<Double> half = new ArrayList<>(n);
            for (Bar b : data.bars()) {
                double v = Double.isNaN(b.value()) ? 0 : b.value();
                mid.add(b.hasInterval() ? (b.lower() + b.upper()) / 2 : v);
                half.add(b.hasInterval() ? (b.upper() - b.lower()) / 2 : 0.0);
            }
            CategorySeries w = chart.addSeries(INTERVAL_SERIES, labels, mid, half);
            w.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
            w.setMarker(SeriesMarkers.NONE);
            w.setMarkerColor(ChartStyle.TEXT);
            w.setShowInLegend(false);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(yMax);
        return new XChartFigure<>(chart, data.texts());
    }

    /** Categories on the x axis (groups or parts), one bar per series (theme) in each, in the series' colour. */
    static XChartFigure<CategoryChart> grouped(CategoryData data, ChartStyle style) {
        CategoryChart chart = base(data.text(), style);
        rotateIfCrowded(chart, data.categories(), style);
        double max = 0;
        for (Series s : data.series()) {
            CategorySeries cs = chart.addSeries(s.name(), data.categories(), toNullable(s.values()));
            cs.setFillColor(Palette.parse(s.color()));
            for (int i = 0; i < s.values().size(); i++) {
                double v = s.values().get(i);
                if (!Double.isNaN(v)) max = Math.max(max, v);
            }
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Scales.niceMax(max, data.text().isPercent()));
        return new XChartFigure<>(chart, data.texts());
    }

    /** Each category's series values rescaled to sum to 100%, stacked. Categories summing to 0 stay empty. */
    static XChartFigure<CategoryChart> stacked100(CategoryData data, ChartStyle style) {
        CategoryData norm = Scales.toShares(data);
        CategoryChart chart = base(norm.text(), style);
        rotateIfCrowded(chart, norm.categories(), style);
        chart.getStyler().setStacked(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        for (Series s : norm.series()) {
            CategorySeries cs = chart.addSeries(s.name(), norm.categories(), toNullable(s.values()));
            cs.setFillColor(Palette.parse(s.color()));
        }
        return new XChartFigure<>(chart, norm.texts());
    }

    private static CategoryChart base(ChartText text, ChartStyle style) {
        CategoryChart chart = new CategoryChart(style.width(), style.height());
        style.apply(chart.getStyler());
        chart.setTitle(text.title());
        chart.setXAxisTitle(text.xTitle());
        chart.setYAxisTitle(text.yTitle());
        chart.getStyler().setYAxisDecimalPattern(text.valuePattern());
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setXAxisTitleVisible(!text.xTitle().isEmpty());
        chart.getStyler().setYAxisTitleVisible(!text.yTitle().isEmpty());
        chart.getStyler().setPlotGridLinesColor(new Color(0xE5, 0xE5, 0xE5));
        return chart;
    }

    /** Tilts category labels by 45 degrees when the widest would not fit its slot on the x axis. */
    static void rotateIfCrowded(CategoryChart chart, List<String> categories, ChartStyle style) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double widest = 0;
        for (String c : categories) widest = Math.max(widest, style.tick().getStringBounds(c, frc).getWidth());
        double plotWidth = style.width() * 0.8; // leaves room for the value axis and a legend on the right
        if (widest > 0.9 * plotWidth / categories.size()) chart.getStyler().setXAxisLabelRotation(45);
    }

    private static List<Double> nulls(int n) {
        List<Double> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(null);
        return l;
    }

    static List<Double> toNullable(List<Double> values) {
        List<Double> l = new ArrayList<>(values.size());
        for (double v : values) l.add(Double.isNaN(v) ? null : v);
        return l;
    }
}
