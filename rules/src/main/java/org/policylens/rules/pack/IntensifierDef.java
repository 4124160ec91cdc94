package org.policylens.rules.pack;

import java.util.Objects;

/** An emphasis word with its weight (never evidence of a theme). */
public record IntensifierDef(String term, double weight, Location location) {
    public IntensifierDef {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(location, "location");
        if (!Double.isFinite(weight)) throw new IllegalArgumentException("weight must be finite");
    }
}
