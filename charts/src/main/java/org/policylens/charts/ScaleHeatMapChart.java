package org.policylens.charts;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** XChart's heat map with a label over its colour scale (XChart's scale legend has none). */
final class ScaleHeatMapChart extends HeatMapChart {
    private final String scaleLabel;
    private final Font labelFont;

    ScaleHeatMapChart(int width, int height, String scaleLabel, Font labelFont) {
        super(new HeatMapChartBuilder().width(width).height(height));
        this.scaleLabel = scaleLabel;
        this.labelFont = labelFont;
    }

    String scaleLabel() {
        return scaleLabel;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        super.paint(g, width, height);
        if (scaleLabel.isBlank() || legend == null || legend.getBounds() == null || plot == null) return;
        // Legend_ positions an OutsideE legend at (width - legendWidth - padding, plot centre - legendHeight / 2);
        // its getBounds() gives only the size
        Rectangle2D size = legend.getBounds();
        Rectangle2D plotBounds = plot.getBounds();
        double bx = width - size.getWidth() - getStyler().getChartPadding();
        double by = plotBounds.getY() + (plotBounds.getHeight() - size.getHeight()) / 2;
        Rectangle2D box = new Rectangle2D.Double(bx, by, size.getWidth(), size.getHeight());
        double maxWidth = Math.max(box.getWidth(), 60);
        List<TextLayout> lines = new ArrayList<>();
        for (String line : wrap(scaleLabel, maxWidth, g)) {
            lines.add(new TextLayout(line, labelFont, g.getFontRenderContext()));
        }
        double lineHeight = labelFont.getSize2D() * 1.25;
        double y = box.getY() - 6 - lineHeight * (lines.size() - 1);
        g.setColor(ChartStyle.TEXT);
        for (TextLayout l : lines) {
            double w = l.getBounds().getWidth();
            double x = Math.min(box.getCenterX() - w / 2, width - w - 4);
            g.fill(l.getOutline(AffineTransform.getTranslateInstance(x, y)));
            y += lineHeight;
        }
    }

    /** Breaks at spaces when there are any, otherwise between characters (Chinese). */
    private List<String> wrap(String text, double maxWidth, Graphics2D g) {
        List<String> out = new ArrayList<>();
        boolean words = text.contains(" ");
        String[] parts = words ? text.split(" ") : text.split("");
        StringBuilder cur = new StringBuilder();
        for (String p : parts) {
            String candidate = cur.length() == 0 ? p : cur + (words ? " " : "") + p;
            if (cur.length() > 0 && labelFont.getStringBounds(candidate, g.getFontRenderContext()).getWidth() > maxWidth) {
                out.add(cur.toString());
                cur = new StringBuilder(p);
            } else {
                cur = new StringBuilder(candidate);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }
}
