package org.policylens.analysis.stats;

import java.util.Map;
import java.util.Set;

/** Test helpers that build unit observations tersely. */
final class Observations {
    static final ThemeSet THEMES = ThemeSet.of("economy", "innovation", "ecology", "livelihood");

    private Observations() {
    }

    /** A unit whose only theme is its primary (or none), with one hit for it. */
    static UnitObservation unit(String part, int chars, String primary) {
        boolean none = primary.equals(ThemeSet.NONE);
        return new UnitObservation(part, chars, chars / 2, none ? Set.of() : Set.of(primary), primary,
                none ? Map.of() : Map.of(primary, 1), 0);
    }
}
