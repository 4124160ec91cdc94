package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * One tidy row: a measure of one theme in one part of a document or group.
 * {@code lower}/{@code upper} are NaN (empty cell) for counts and rates; {@code value} is NaN only when the
 * measure is undefined, and then {@code note} says why (e.g. no unit carries the theme, so no intensity).
 *
 * @param subject document id (panel_long) or group value (groups_long)
 */
public record MeasureRow(String subject, String part, String theme, Measure measure,
                         double value, double lower, double upper, String note) {

    public MeasureRow {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(note, "note");
        if (Double.isNaN(value) && note.isEmpty())
            throw new IllegalArgumentException("a missing value needs a note: " + subject + "/" + part + "/" + theme
                    + "/" + measure.id());
    }

    /** Header of the columns this row fills: {@code part, theme, measure, value, lower, upper}
     *  (the caller puts document/group columns in front). */
    public static List<String> header() {
        return List.of("part", "theme", "measure", "value", "lower", "upper");
    }

    /** Cells matching {@link #header()}. */
    public List<String> cells() {
        return List.of(part, theme, measure.id(), StatsFormat.number(value), StatsFormat.number(lower),
                StatsFormat.number(upper));
    }
}
