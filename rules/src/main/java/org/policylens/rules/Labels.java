package org.policylens.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The classifier's verdict on one unit.
 *
 * @param themes       theme ids whose score reached the threshold, in pack order; empty means none
 * @param primary      the primary theme id, or {@link #NONE_ID}
 * @param scores       score of every pack theme, in pack order (unmodifiable)
 * @param evidence     surviving matches, ordered by start offset
 * @param intensifiers intensifier hits, ordered by start offset
 * @param intensity    sum of the intensifier weights in the unit
 */
public record Labels(List<String> themes, String primary, Map<String, Double> scores, List<Match> evidence,
                     List<IntensifierHit> intensifiers, double intensity) {

    /** The primary "theme" of a unit that has none. */
    public static final String NONE_ID = "none";

    public Labels {
        themes = List.copyOf(themes);
        Objects.requireNonNull(primary, "primary");
        scores = scores instanceof ThemeScores ? scores : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        evidence = List.copyOf(evidence);
        intensifiers = List.copyOf(intensifiers);
        if (themes.isEmpty() != primary.equals(NONE_ID))
            throw new IllegalArgumentException("primary '" + primary + "' does not fit themes " + themes);
        if (!themes.isEmpty() && !themes.contains(primary))
            throw new IllegalArgumentException("primary '" + primary + "' is not among themes " + themes);
        for (String t : themes) {
            if (!scores.containsKey(t)) throw new IllegalArgumentException("no score for theme '" + t + "'");
        }
        if (!Double.isFinite(intensity)) throw new IllegalArgumentException("intensity must be finite");
    }

    /** Whether the unit got no theme. */
    public boolean isNone() {
        return themes.isEmpty();
    }

    /** Themes joined with commas, or {@code none}. */
    public String themesText() {
        return themes.isEmpty() ? NONE_ID : String.join(",", themes);
    }
}
