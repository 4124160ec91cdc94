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
        fitTitle();
    }

    /** Shrinks the title font (down to {@link #MIN_TITLE_SIZE}) so a long title is not clipped at the edges. */
    private void fitTitle() {
        String title = chart.getTitle();
        if (title == null || title.isEmpty()) return;
        var styler = chart.getStyler();
        java.awt.Font font = styler.getChartTitleFont();
        double available = chart.getWidth() - 2.0 * styler.getChartPadding() - 8;
        double w = font.getStringBounds(title, FRC).getWidth();
        if (w > available) {
            float size = (float) Math.max(MIN_TITLE_SIZE, Math.floor(font.getSize2D() * available / w * 10) / 10);
            styler.setChartTitleFont(font.deriveFont(size));
        }
    }

    /** Smallest title size that long titles are shrunk to. */
    public static final float MIN_TITLE_SIZE = 9f;
    private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);

    /** True when the title fits the chart width at its (possibly shrunk) size. */
    public boolean titleFits() {
        var styler = chart.getStyler();
        return styler.getChartTitleFont().getStringBounds(chart.getTitle(), FRC).getWidth()
                <= chart.getWidth() - 2.0 * styler.getChartPadding();
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
