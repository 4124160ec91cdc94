package org.policylens.charts;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.RadarStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Font;

/**
 * The one place for visual choices shared by every chart: size, font sizes, background, grid. Fonts are always the
 * bundled CJK font ({@link ChartFonts}); colours of themes come in as data.
 *
 * @param width      chart width in points (1 point = 1 pixel at 72 dpi)
 * @param height     chart height in points
 * @param titleSize  chart title font size
 * @param textSize   axis titles, legend, category labels
 * @param tickSize   axis tick labels and value labels
 */
public record ChartStyle(int width, int height, float titleSize, float textSize, float tickSize) {

    /** 800 × 500 points, 16/13/11 pt text: readable when printed at half a page width. */
    public static final ChartStyle DEFAULT = new ChartStyle(800, 500, 16f, 13f, 11f);
    /** A panel in a grid of small multiples. */
    public static final ChartStyle SMALL = new ChartStyle(360, 260, 13f, 11f, 10f);

    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    public ChartStyle {
        if (width < 100 || height < 100) throw new IllegalArgumentException("size: at least 100 × 100, got "
                + width + " × " + height);
        if (titleSize <= 0 || textSize <= 0 || tickSize <= 0) throw new IllegalArgumentException("font sizes must be > 0");
    }

    public ChartStyle withSize(int w, int h) {
        return new ChartStyle(w, h, titleSize, textSize, tickSize);
    }

    Font title() {
        return ChartFonts.of(Font.BOLD, titleSize);
    }

    Font text() {
        return ChartFonts.of(Font.PLAIN, textSize);
    }

    Font tick() {
        return ChartFonts.of(Font.PLAIN, tickSize);
    }

    /** Applies fonts and neutral colours common to every kind of chart. */
    void applyCommon(Styler s) {
        s.setBaseFont(text());
        s.setChartTitleFont(title());
        s.setLegendFont(text());
        s.setAnnotationTextFont(tick());
        s.setAnnotationTextPanelFont(tick());
        s.setToolTipFont(tick());
        s.setChartButtonFont(tick());
        s.setChartFontColor(TEXT);
        s.setChartBackgroundColor(BACKGROUND);
        s.setPlotBackgroundColor(BACKGROUND);
        s.setLegendBorderColor(GRID);
        s.setPlotBorderVisible(false);
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(10);
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
    }

    void applyAxes(AxesChartStyler s) {
        applyCommon(s);
        s.setAxisTitleFont(text());
        s.setAxisTickLabelsFont(tick());
        s.setAxisTickLabelsColor(TEXT);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridVerticalLinesVisible(false);
        s.setAxisTicksLineVisible(false);
        s.setAxisTickMarksColor(GRID);
    }

    void apply(CategoryStyler s) {
        applyAxes(s);
        s.setLabelsFont(tick());
        s.setAvailableSpaceFill(0.7);
    }

    void apply(PieStyler s) {
        applyCommon(s);
        s.setLabelsFont(text());
        s.setSumFont(title());
    }

    void apply(RadarStyler s) {
        applyCommon(s);
        s.setRadiiTitleFont(text());
    }

    void apply(HeatMapStyler s) {
        applyAxes(s);
        s.setValueFont(tick());
        s.setValueFontColor(TEXT);
    }
}
