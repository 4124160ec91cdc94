package org.policylens.rules.pack;

import org.policylens.rules.Theme;

import java.util.List;
import java.util.Objects;

/**
 * A theme with its rules.
 *
 * @param theme     id, labels, colour
 * @param threshold score needed to enter the set (the pack's unless overridden)
 * @param rules     rules in file order
 * @param note      why the theme exists (may be empty)
 * @param location  where the theme is declared
 */
public record ThemeDef(Theme theme, double threshold, List<RuleDef> rules, String note, Location location) {
    public ThemeDef {
        Objects.requireNonNull(theme, "theme");
        rules = List.copyOf(rules);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(location, "location");
        if (!(threshold > 0) || !Double.isFinite(threshold))
            throw new IllegalArgumentException("threshold must be > 0: " + threshold);
    }

    public String id() {
        return theme.id();
    }
}
