package org.policylens.analysis.corpus;

import java.util.Objects;

/**
 * One cell of the panel: a measure of one theme in one part. {@code lower}/{@code upper} are
 * {@code NaN} when the measure has no interval (written as empty cells).
 */
public record PanelValue(String part, String theme, Measure measure, double value, double lower, double upper) {

    public PanelValue {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(measure, "measure");
    }

    /** A value without interval. */
    public static PanelValue of(String part, String theme, Measure measure, double value) {
        return new PanelValue(part, theme, measure, value, Double.NaN, Double.NaN);
    }

    /** The wide-format column name: {@code <theme>_<measure>} for part all, else {@code <theme>_<measure>_<part>}. */
    public String wideColumn() {
        return wideColumn(part, theme, measure);
    }

    public static String wideColumn(String part, String theme, Measure measure) {
        return theme + "_" + measure.id() + (part.equals("all") ? "" : "_" + part);
    }
}
