package org.policylens.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

/**
 * The CJK font bundled in the jar (WenQuanYi Micro Hei, Apache-2.0 or GPL-3+ with font exception), so Chinese
 * labels render on a machine that has no CJK font installed. Every chart text element uses it.
 *
 * <p>Loaded once, on first use (not in a static initialiser), and registered with the local
 * {@link GraphicsEnvironment} so that Java2D and the vector exporters resolve it by name.
 */
public final class ChartFonts {
    /** Classpath resource of the bundled font collection. */
    public static final String RESOURCE = "/org/policylens/charts/fonts/wqy-microhei.ttc";
    /** Family name of the bundled font. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private static volatile Font base;

    private ChartFonts() {
    }

    /** The bundled font at size 1 (plain); derive sizes with {@link Font#deriveFont(float)}. */
    public static Font base() {
        Font f = base;
        if (f == null) {
            synchronized (ChartFonts.class) {
                f = base;
                if (f == null) {
                    f = load();
                    base = f;
                }
            }
        }
        return f;
    }

    /** The bundled font at the given size and style ({@link Font#PLAIN}, {@link Font#BOLD}). */
    public static Font of(int style, float size) {
        return base().deriveFont(style, size);
    }

    private static Font load() {
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new ChartException("bundled font missing from the classpath: " + RESOURCE);
            Font[] fonts = Font.createFonts(in);
            Font chosen = null;
            for (Font f : fonts) {
                if (FAMILY.equals(f.getFamily(java.util.Locale.ROOT))) {
                    chosen = f;
                    break;
                }
            }
            if (chosen == null) chosen = fonts[0];
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(chosen);
            return chosen;
        } catch (IOException | FontFormatException e) {
            throw new ChartException("cannot load the bundled font " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails with a clear message when {@code font} lacks a glyph for any character of any text, naming the text and
     * the character; so a chart is never drawn with boxes. Uses both {@link Font#canDisplayUpTo(String)} and the
     * glyph codes of a laid-out glyph vector.
     */
    public static void requireDisplayable(Font font, Collection<String> texts) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int missing = font.getMissingGlyphCode();
        for (String text : texts) {
            if (text == null || text.isEmpty()) continue;
            int bad = font.canDisplayUpTo(text);
            if (bad == -1) {
                GlyphVector gv = font.createGlyphVector(frc, text);
                for (int i = 0; i < gv.getNumGlyphs(); i++) {
                    if (gv.getGlyphCode(i) == missing && !Character.isWhitespace(text.charAt(
                            Math.min(gv.getGlyphCharIndex(i), text.length() - 1)))) {
                        bad = gv.getGlyphCharIndex(i);
                        break;
                    }
                }
            }
            if (bad != -1) {
                int cp = text.codePointAt(bad);
                throw new ChartException(String.format(java.util.Locale.ROOT,
                        "font '%s' cannot display U+%04X '%s' at index %d of label \"%s\"",
                        font.getFontName(java.util.Locale.ROOT), cp, new String(Character.toChars(cp)), bad, text));
            }
        }
    }
}
