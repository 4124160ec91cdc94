package org.policylens.analysis.output;

import java.util.Map;
import java.util.Objects;

/**
 * One row of panel_long.csv (key = document, vars = its group variables) or groups_long.csv (key = group, vars =
 * {@code group_by -> group}). lower/upper are NaN when empty.
 */
public record MeasureRow(String key, Map<String, String> vars, String part, String theme, String measure,
                         double value, double lower, double upper) {
    public MeasureRow {
        Objects.requireNonNull(key, "key");
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
    }

    public boolean hasInterval() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
