package org.policylens.analysis.output;

import org.policylens.charts.Lang;

import java.util.Objects;

/** How a theme appears in charts and reports: labels in both languages and its colour ({@code #RRGGBB}). */
public record ThemeStyle(String id, String labelZh, String labelEn, String color) {
    public ThemeStyle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("theme " + id + ": colour must be #RRGGBB, got '" + color + "'");
        }
    }

    public String label(Lang lang) {
        return lang.pick(labelZh, labelEn);
    }
}
