package org.policylens.charts;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * Colours. Theme colours come in as data (from the rule pack); these are the fallbacks and the scales.
 * Okabe & Ito (2008) colours are distinguishable with the common colour-vision deficiencies.
 */
public final class Palette {
    /** Okabe-Ito, in the order the default rule pack uses for its themes, then the rest of the set. */
    public static final List<String> OKABE_ITO = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");
    /** For series that are groups (cities, years), not themes: Paul Tol's "muted" set, distinct from theme colours. */
    public static final List<String> GROUPS = List.of(
            "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499",
            "#DDDDDD");
    /**
     * Diverging blue-red (ColorBrewer RdBu, inner six) for values centred on 0 such as chi-square residuals: three
     * classes below 0 in blue, three above in red, light enough that black cell values stay readable.
     */
    public static final List<String> DIVERGING = List.of("#4393C3", "#92C5DE", "#D1E5F0", "#FDDBC7", "#F4A582",
            "#D6604D");
    /** Sequential light-to-mid blue for shares (stops before dark blue so black cell values stay readable). */
    public static final List<String> SEQUENTIAL = List.of("#F7FBFF", "#C6DBEF", "#6BAED6", "#4292C6");
    /** Grey for "none" / unlabelled units. */
    public static final String NONE = "#999999";

    private Palette() {
    }

    /** Parses {@code #RRGGBB}. */
    public static Color parse(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("colour: expected #RRGGBB, got '" + hex + "'");
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** The i-th fallback theme colour (cycling through Okabe-Ito). */
    public static String fallback(int i) {
        return OKABE_ITO.get(Math.floorMod(i, OKABE_ITO.size()));
    }

    /** The i-th group colour. */
    public static String group(int i) {
        return GROUPS.get(Math.floorMod(i, GROUPS.size()));
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    static Color[] colors(List<String> hexes) {
        return hexes.stream().map(Palette::parse).toArray(Color[]::new);
    }
}
