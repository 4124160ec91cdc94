package org.policylens.charts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Output formats. */
public enum Format {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a comma list such as {@code png,svg,pdf}. */
    public static Set<Format> parseList(String text) {
        EnumSet<Format> out = EnumSet.noneOf(Format.class);
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            try {
                out.add(valueOf(p.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format: expected png, svg or pdf, got '" + p + "'");
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("format: at least one of png, svg, pdf");
        return out;
    }
}
