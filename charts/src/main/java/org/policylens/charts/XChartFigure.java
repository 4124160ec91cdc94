package org.policylens.charts;

import org.knowm.xchart.internal.chartpart.Chart;

import java.awt.Graphics2D;
import java.util.List;

/**
 * A figure drawn by one XChart chart. {@link #chart()} gives the underlying chart for tweaks the builders do not
 * offer (keep fonts: every text must use the bundled font).
 */
public final class XChartFigure<C extends Chart<?, ?>> implements Figure {
    private final C chart;
    private final List<String> texts;

    XChartFigure(C chart, List<String> texts) {
        this.chart = chart;
        this.texts = List.copyOf(texts);
        ChartFonts.requireDisplayable(ChartFonts.base(), this.texts);
    }

    public C chart() {
        return chart;
    }

    @Override
    public int width() {
        return chart.getWidth();
    }

    @Override
    public int height() {
        return chart.getHeight();
    }

    @Override
    public void paint(Graphics2D g) {
        chart.paint(g, chart.getWidth(), chart.getHeight());
    }

    @Override
    public List<String> texts() {
        return texts;
    }
}
