package org.policylens.charts;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieSeries;
import org.knowm.xchart.RadarChart;
import org.knowm.xchart.RadarSeries;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Donut, heatmap and radar charts. */
final class ShapeCharts {
    private ShapeCharts() {
    }

    /** Slices in the bars' colours; values are shown as percentages of their sum. NaN or 0 values are left out. */
    static XChartFigure<PieChart> donut(Distribution data, ChartStyle style) {
        PieChart chart = new PieChart(style.width(), style.height());
        PieStyler s = chart.getStyler();
        style.apply(s);
        chart.setTitle(data.text().title());
        s.setDefaultSeriesRenderStyle(PieSeries.PieSeriesRenderStyle.Donut);
        s.setDonutThickness(0.38);
        s.setLabelType(PieStyler.LabelType.Percentage);
        s.setDecimalPattern("0"); // XChart prints the percentage and appends "%" itself
        s.setLabelsDistance(0.80);
        s.setLabelsFontColorAutomaticEnabled(true);
        s.setForceAllLabelsVisible(false);
        s.setLegendPosition(LegendPosition.OutsideE);
        s.setCircular(true);
        s.setStartAngleInDegrees(90);
        s.setPlotContentSize(0.85);
        s.setSliceBorderWidth(1.5);
        for (Bar b : data.bars()) {
            if (Double.isNaN(b.value()) || b.value() <= 0) continue;
            PieSeries p = chart.addSeries(b.label(), b.value());
            p.setFillColor(Palette.parse(b.color()));
        }
        if (chart.getSeriesMap().isEmpty()) throw new ChartException("donut '" + data.text().title()
                + "': no positive value to draw");
        return new XChartFigure<>(chart, data.texts());
    }

    /**
     * Rows × columns coloured by value. Diverging data use a blue-white-red scale symmetric around 0; sequential data
     * a light-to-dark blue scale from 0. Each cell prints its value; the scale's label is in the colour legend title.
     */
    static XChartFigure<HeatMapChart> heatmap(HeatmapData data, ChartStyle style) {
        ScaleHeatMapChart chart = new ScaleHeatMapChart(style.width(), style.height(), data.scaleLabel(), style.text());
        var s = chart.getStyler();
        style.apply(s);
        chart.setTitle(data.text().title());
        chart.setXAxisTitle(data.text().xTitle());
        chart.setYAxisTitle(data.text().yTitle());
        s.setXAxisTitleVisible(!data.text().xTitle().isEmpty());
        s.setYAxisTitleVisible(!data.text().yTitle().isEmpty());
        s.setShowValue(true);
        s.setHeatMapValueDecimalPattern(data.text().valuePattern());
        java.text.DecimalFormat valueFormat = new java.text.DecimalFormat(data.text().valuePattern(),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        s.setHeatMapDecimalValueFormatter(valueFormat::format); // cells and scale legend alike
        s.setLegendPosition(LegendPosition.OutsideE);
        s.setPlotGridLinesVisible(false);
        s.setDrawBorder(true);
        double m = data.maxAbs();
        if (data.diverging()) {
            // six classes of equal width, a boundary at 0, blue below and red above; each range labelled
            double step = Scales.divergingStep(m, Palette.DIVERGING.size());
            double bound = step * Palette.DIVERGING.size() / 2;
            s.setRangeColors(Palette.colors(Palette.DIVERGING));
            s.setPiecewise(true);
            s.setPiecewiseRanged(true);
            s.setSplitNumber(Palette.DIVERGING.size());
            s.setMin(-bound);
            s.setMax(bound);
        } else {
            s.setRangeColors(Palette.colors(Palette.SEQUENTIAL));
            s.setMin(0);
            s.setMax(Scales.niceMax(m, data.text().isPercent()));
        }
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.columns().size(); c++) {
                double v = data.values().get(r).get(c);
                if (!Double.isNaN(v)) cells.add(new Number[]{c, data.rows().size() - 1 - r, v});
            }
        }
        List<String> yLabels = new ArrayList<>(data.rows());
        java.util.Collections.reverse(yLabels);
        String seriesName = data.scaleLabel().isEmpty() ? "values" : data.scaleLabel();
        chart.addSeries(seriesName, data.columns(), yLabels, cells);
        return new XChartFigure<>(chart, data.texts());
    }

    /**
     * One polygon per series over the categories as spokes. XChart draws radar values in [0, 1], so values are divided
     * by a round maximum ({@code scaleMax}, or a nice ceiling of the data when NaN), printed on the spoke ticks.
     */
    static XChartFigure<RadarChart> radar(CategoryData data, double scaleMax, ChartStyle style) {
        RadarChart chart = new RadarChart(style.width(), style.height());
        var s = chart.getStyler();
        style.apply(s);
        chart.setTitle(data.text().title());
        s.setPlotContentSize(0.75);
        s.setLegendPosition(LegendPosition.OutsideS);
        s.setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        s.setSeriesFilled(true);
        s.setMarkerSize(6);
        s.setRadiiTickMarksCount(5);
        double max = 0;
        for (Series ser : data.series()) for (double v : ser.values()) if (!Double.isNaN(v)) max = Math.max(max, v);
        double top = Double.isNaN(scaleMax) ? Scales.niceMax(max, data.text().isPercent()) : scaleMax;
        if (max > top) throw new IllegalArgumentException("radar: value " + max + " above the scale maximum " + top);
        chart.setRadiiLabels(data.categories().toArray(String[]::new));
        java.text.DecimalFormat fmt = new java.text.DecimalFormat(data.text().valuePattern(),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        // XChart prints no scale on the spokes: say in the title what the rim stands for
        chart.setTitle(data.text().title() + "  [0 \u2013 " + fmt.format(top) + "]");
        for (Series ser : data.series()) {
            double[] v = new double[ser.values().size()];
            String[] tips = new String[v.length];
            for (int i = 0; i < v.length; i++) {
                double x = ser.values().get(i);
                v[i] = Double.isNaN(x) ? 0 : x / top;
                tips[i] = Double.isNaN(x) ? "" : fmt.format(x);
            }
            RadarSeries rs = chart.addSeries(ser.name(), v, tips);
            Color c = Palette.parse(ser.color());
            rs.setLineColor(c);
            rs.setFillColor(Palette.withAlpha(c, 40));
            rs.setMarkerColor(c);
            rs.setMarker(SeriesMarkers.CIRCLE);
            rs.setLineWidth(2f);
        }
        List<String> texts = new ArrayList<>(data.texts());
        texts.add(chart.getTitle());
        return new XChartFigure<>(chart, texts);
    }
}
