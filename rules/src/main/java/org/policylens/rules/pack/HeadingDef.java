package org.policylens.rules.pack;

import java.util.List;
import java.util.Objects;

/**
 * Weak prior: a unit under a heading containing one of {@code terms} gets {@code weight} added to {@code theme}.
 */
public record HeadingDef(String theme, double weight, List<String> terms, Location location) {
    public HeadingDef {
        Objects.requireNonNull(theme, "theme");
        terms = List.copyOf(terms);
        Objects.requireNonNull(location, "location");
        if (!Double.isFinite(weight)) throw new IllegalArgumentException("weight must be finite");
    }
}
