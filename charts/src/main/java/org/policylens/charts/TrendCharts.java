package org.policylens.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Lines over years with filled 95% bands. */
final class TrendCharts {
    /** Suffix of the hidden band series. */
    static final String BAND_SUFFIX = " \u00B795%";

    private TrendCharts() {
    }

    static XChartFigure<XYChart> trend(TrendData data, ChartStyle style) {
        XYChart chart = new XYChart(style.width(), style.height());
        var s = chart.getStyler();
        style.applyAxes(s);
        chart.setTitle(data.text().title());
        chart.setXAxisTitle(data.text().xTitle());
        chart.setYAxisTitle(data.text().yTitle());
        s.setXAxisTitleVisible(!data.text().xTitle().isEmpty());
        s.setYAxisTitleVisible(!data.text().yTitle().isEmpty());
        s.setXAxisDecimalPattern("0");
        s.setYAxisDecimalPattern(data.text().valuePattern());
        s.setLegendPosition(LegendPosition.OutsideE);
        s.setMarkerSize(7);
        s.setYAxisMin(0.0);
        List<Integer> years = data.years();
        double max = 0;
        // bands first, so lines are drawn on top of every band
        for (Series ser : data.series()) {
            if (!ser.hasIntervals()) continue;
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                if (Double.isNaN(ser.upper().get(i))) continue;
                x.add((double) years.get(i));
                y.add(ser.upper().get(i));
                max = Math.max(max, ser.upper().get(i));
            }
            for (int i = years.size() - 1; i >= 0; i--) {
                if (Double.isNaN(ser.lower().get(i))) continue;
                x.add((double) years.get(i));
                y.add(ser.lower().get(i));
            }
            if (x.size() < 3) continue;
            XYSeries band = chart.addSeries(ser.name() + BAND_SUFFIX, x, y);
            Color c = Palette.parse(ser.color());
            band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(Palette.withAlpha(c, 50));
            band.setLineColor(Palette.withAlpha(c, 0));
            band.setMarker(SeriesMarkers.NONE);
            band.setShowInLegend(false);
        }
        for (Series ser : data.series()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                double v = ser.values().get(i);
                if (Double.isNaN(v)) continue;
                x.add((double) years.get(i));
                y.add(v);
                max = Math.max(max, v);
            }
            if (x.isEmpty()) continue;
            XYSeries line = chart.addSeries(ser.name(), x, y);
            Color c = Palette.parse(ser.color());
            line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            line.setLineColor(c);
            line.setMarkerColor(c);
            line.setMarker(SeriesMarkers.CIRCLE);
            line.setLineStyle(new BasicStroke(2.2f));
        }
        s.setYAxisMax(Scales.niceMax(max, data.text().isPercent()));
        if (years.size() == 1) {
            s.setXAxisMin(years.get(0) - 1.0);
            s.setXAxisMax(years.get(0) + 1.0);
        }
        return new XChartFigure<>(chart, data.texts());
    }
}
