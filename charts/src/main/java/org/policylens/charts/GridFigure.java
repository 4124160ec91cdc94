package org.policylens.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Small multiples: a title over a grid of panels (each a figure of the same size), composed into one figure. */
public final class GridFigure implements Figure {
    private static final int TITLE_HEIGHT = 44;

    private final String title;
    private final List<Figure> panels;
    private final int columns;
    private final float titleSize;

    GridFigure(String title, List<? extends Figure> panels, int columns, ChartStyle style) {
        this.title = Objects.requireNonNull(title, "title");
        this.panels = List.copyOf(panels);
        if (this.panels.isEmpty()) throw new IllegalArgumentException("small multiples: at least one panel");
        if (columns < 1) throw new IllegalArgumentException("columns: at least 1, got " + columns);
        this.columns = Math.min(columns, this.panels.size());
        this.titleSize = style.titleSize() + 2;
        ChartFonts.requireDisplayable(ChartFonts.base(), List.of(title));
    }

    public List<Figure> panels() {
        return panels;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    private int cellWidth() {
        return panels.stream().mapToInt(Figure::width).max().orElseThrow();
    }

    private int cellHeight() {
        return panels.stream().mapToInt(Figure::height).max().orElseThrow();
    }

    @Override
    public int width() {
        return columns * cellWidth();
    }

    @Override
    public int height() {
        return TITLE_HEIGHT + rows() * cellHeight();
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        Font font = ChartFonts.of(Font.BOLD, titleSize);
        double w = font.getStringBounds(title, g.getFontRenderContext()).getWidth();
        if (w > width() - 20) font = font.deriveFont((float) Math.max(9, titleSize * (width() - 20) / w));
        TextLayout layout = new TextLayout(title, font, g.getFontRenderContext());
        double x = (width() - layout.getBounds().getWidth()) / 2;
        double y = (TITLE_HEIGHT + layout.getAscent() - layout.getDescent()) / 2;
        g.setColor(ChartStyle.TEXT);
        // drawn as an outline, like XChart's own text, so SVG and PDF carry the glyph shapes
        g.fill(layout.getOutline(AffineTransform.getTranslateInstance(x, y)));
        for (int i = 0; i < panels.size(); i++) {
            int col = i % columns;
            int row = i / columns;
            Graphics2D sub = (Graphics2D) g.create();
            try {
                sub.translate(col * cellWidth(), TITLE_HEIGHT + row * cellHeight());
                sub.clipRect(0, 0, cellWidth(), cellHeight());
                panels.get(i).paint(sub);
            } finally {
                sub.dispose();
            }
        }
    }

    @Override
    public List<String> texts() {
        List<String> t = new ArrayList<>();
        t.add(title);
        panels.forEach(p -> t.addAll(p.texts()));
        return t;
    }
}
