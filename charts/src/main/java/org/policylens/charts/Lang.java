package org.policylens.charts;

import java.util.Locale;

/** The language of a chart's labels. The caller passes both labels; the chart picks one. */
public enum Lang {
    ZH, EN;

    /** Parses {@code zh} or {@code en} (case-insensitive). */
    public static Lang parse(String text) {
        for (Lang l : values()) {
            if (l.name().equalsIgnoreCase(text.strip())) return l;
        }
        throw new IllegalArgumentException("lang: expected zh or en, got '" + text + "'");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Picks {@code zh} or {@code en}; falls back to the other one when the chosen one is blank. */
    public String pick(String zh, String en) {
        String first = this == ZH ? zh : en;
        String second = this == ZH ? en : zh;
        return first != null && !first.isBlank() ? first : second;
    }
}
