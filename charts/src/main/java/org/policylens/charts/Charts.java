package org.policylens.charts;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.RadarChart;
import org.knowm.xchart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * The front door: one call per chart kind, from plain chart data to a {@link Figure} that saves itself.
 *
 * <pre>{@code
 * Charts.bars("Theme shares", List.of("经济", "创新"), List.of(0.4, 0.2), List.of(0.35, 0.16), List.of(0.45, 0.25))
 *       .savePng(Path.of("shares.png"));
 * }</pre>
 *
 * Every call has an overload taking a {@link ChartStyle}. Every text is checked against the bundled CJK font before
 * anything is drawn ({@link ChartException} names a label the font cannot show).
 */
public final class Charts {
    private Charts() {
    }

    /** One-liner: bars with 95% whiskers in the fallback palette; {@code lower}/{@code upper} may be empty. */
    public static XChartFigure<CategoryChart> bars(String title, List<String> labels, List<Double> values,
                                                   List<Double> lower, List<Double> upper) {
        if (labels.size() != values.size()) throw new IllegalArgumentException("bars: " + labels.size()
                + " labels for " + values.size() + " values");
        boolean intervals = !lower.isEmpty() || !upper.isEmpty();
        if (intervals && (lower.size() != values.size() || upper.size() != values.size())) {
            throw new IllegalArgumentException("bars: lower and upper need one bound per value");
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            bars.add(new Bar(labels.get(i), Palette.fallback(i), values.get(i),
                    intervals ? lower.get(i) : Double.NaN, intervals ? upper.get(i) : Double.NaN));
        }
        return distribution(new Distribution(ChartText.of(title), bars));
    }

    /** One distribution as bars, each in its own colour, with 95% whiskers where given. */
    public static XChartFigure<CategoryChart> distribution(Distribution data) {
        return distribution(data, ChartStyle.DEFAULT);
    }

    public static XChartFigure<CategoryChart> distribution(Distribution data, ChartStyle style) {
        return BarCharts.distribution(data, style);
    }

    /** One distribution as a donut (slices as percentages of their sum). */
    public static XChartFigure<PieChart> donut(Distribution data) {
        return donut(data, ChartStyle.DEFAULT);
    }

    public static XChartFigure<PieChart> donut(Distribution data, ChartStyle style) {
        return ShapeCharts.donut(data, style);
    }

    /** Grouped bars: categories (groups, or review/plan) on the x axis, one bar per series (theme) in each. */
    public static XChartFigure<CategoryChart> groupedBars(CategoryData data) {
        return groupedBars(data, ChartStyle.DEFAULT);
    }

    public static XChartFigure<CategoryChart> groupedBars(CategoryData data, ChartStyle style) {
        return BarCharts.grouped(data, style);
    }

    /** 100% stacked bars: each category's series values rescaled to sum to 100%. */
    public static XChartFigure<CategoryChart> stacked100(CategoryData data) {
        return stacked100(data, ChartStyle.DEFAULT);
    }

    public static XChartFigure<CategoryChart> stacked100(CategoryData data, ChartStyle style) {
        return BarCharts.stacked100(data, style);
    }

    /** Heatmap of rows × columns; diverging (centred on 0) or sequential, as the data say. */
    public static XChartFigure<HeatMapChart> heatmap(HeatmapData data) {
        return heatmap(data, ChartStyle.DEFAULT);
    }

    public static XChartFigure<HeatMapChart> heatmap(HeatmapData data, ChartStyle style) {
        return ShapeCharts.heatmap(data, style);
    }

    /** Radar profiles: categories are the spokes, one polygon per series; scale maximum chosen from the data. */
    public static XChartFigure<RadarChart> radar(CategoryData data) {
        return radar(data, Double.NaN, ChartStyle.DEFAULT);
    }

    /** @param scaleMax the value at the rim (NaN = a round value above the data) */
    public static XChartFigure<RadarChart> radar(CategoryData data, double scaleMax, ChartStyle style) {
        return ShapeCharts.radar(data, scaleMax, style);
    }

    /** Lines over years with filled 95% bands. */
    public static XChartFigure<XYChart> trend(TrendData data) {
        return trend(data, ChartStyle.DEFAULT);
    }

    public static XChartFigure<XYChart> trend(TrendData data, ChartStyle style) {
        return TrendCharts.trend(data, style);
    }

    /**
     * Small multiples of distributions (e.g. one per city) drawn with {@link ChartStyle#SMALL} on ONE shared value
     * scale, so bar heights compare across panels.
     */
    public static GridFigure smallMultiples(String title, List<Distribution> panels, int columns, boolean sharedScale) {
        double max = 0;
        boolean percent = true;
        for (Distribution d : panels) {
            max = Math.max(max, d.max());
            percent &= d.text().isPercent();
        }
        double yMax = Scales.niceMax(max, percent);
        List<Figure> figures = new ArrayList<>();
        for (Distribution d : panels) {
            figures.add(sharedScale ? BarCharts.distribution(d, ChartStyle.SMALL, yMax)
                    : BarCharts.distribution(d, ChartStyle.SMALL));
        }
        return new GridFigure(title, figures, columns, ChartStyle.DEFAULT);
    }

    /** Small multiples: the panels (e.g. one per city, drawn with {@link ChartStyle#SMALL}) in a grid under a title. */
    public static GridFigure smallMultiples(String title, List<? extends Figure> panels, int columns) {
        return new GridFigure(title, panels, columns, ChartStyle.DEFAULT);
    }
}
