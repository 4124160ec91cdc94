package org.policylens.charts;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled font is the one used, and it can show every label (no boxes). */
class ChartFontsTest {
    @Test
    void bundledFontLoadsFromTheJarAndIsWenQuanYiMicroHei() {
        assertEquals(ChartFonts.FAMILY, ChartFonts.base().getFamily(Locale.ROOT));
    }

    @Test
    void bundledFontDisplaysThemeLabelsAndPunctuation() {
        assertEquals(-1, ChartFonts.base().canDisplayUpTo("经济创新生态民生无主题（按主要主题；95% 区间）：×–"));
    }

    @Test
    void aLabelTheFontCannotShowFailsNamingTheLabelAndCharacter() {
        String label = "经济 \uD83D\uDE00";
        var e = assertThrows(ChartException.class,
                () -> ChartFonts.requireDisplayable(ChartFonts.base(), List.of(label)));
        assertTrue(e.getMessage().contains("U+1F600") && e.getMessage().contains(label), e.getMessage());
    }

    @Test
    void aChartWithAnUndisplayableLabelIsNotBuilt() {
        assertThrows(ChartException.class, () -> Charts.bars("t", List.of("\uE000\uD83D\uDE00"), List.of(1.0),
                List.of(), List.of()));
    }

    @Test
    void everyTextElementOfEveryChartUsesTheBundledFont() {
        List<Styler> stylers = List.of(
                Charts.distribution(Examples.distribution()).chart().getStyler(),
                Charts.donut(Examples.distribution()).chart().getStyler(),
                Charts.stacked100(Examples.byCity()).chart().getStyler(),
                Charts.heatmap(Examples.residuals()).chart().getStyler(),
                Charts.radar(Examples.radar()).chart().getStyler(),
                Charts.trend(Examples.trend()).chart().getStyler());
        for (Styler s : stylers) {
            List<Font> fonts = new ArrayList<>(List.of(s.getBaseFont(), s.getChartTitleFont(), s.getLegendFont(),
                    s.getAnnotationTextFont(), s.getAnnotationTextPanelFont()));
            if (s instanceof AxesChartStyler a) {
                fonts.add(a.getAxisTitleFont());
                fonts.add(a.getAxisTickLabelsFont());
            }
            if (s instanceof org.knowm.xchart.style.CategoryStyler c) fonts.add(c.getLabelsFont());
            if (s instanceof org.knowm.xchart.style.PieStyler p) fonts.add(p.getLabelsFont());
            if (s instanceof org.knowm.xchart.style.RadarStyler r) fonts.add(r.getRadiiTitleFont());
            if (s instanceof org.knowm.xchart.style.HeatMapStyler h) fonts.add(h.getValueFont());
            for (Font f : fonts) {
                assertEquals(ChartFonts.FAMILY, f.getFamily(Locale.ROOT), s.getClass().getSimpleName());
            }
        }
    }

    @Test
    void everyTextOfEveryExampleChartIsDisplayableInTheBundledFont() {
        List<Figure> figures = List.of(Charts.distribution(Examples.distribution()), Charts.donut(Examples.distribution()),
                Charts.groupedBars(Examples.reviewPlan()), Charts.heatmap(Examples.residuals()),
                Charts.radar(Examples.radar()), Charts.trend(Examples.trend()), Examples.smallMultiples());
        for (Figure f : figures) {
            assertTrue(f.texts().size() > 3);
            for (String t : f.texts()) assertEquals(-1, ChartFonts.base().canDisplayUpTo(t), t);
        }
    }
}
