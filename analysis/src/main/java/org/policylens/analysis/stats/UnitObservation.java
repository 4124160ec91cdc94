package org.policylens.analysis.stats;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the statistics need to know about one coding unit, already labelled. Built by the caller from
 * an ingest unit and the classifier's labels; this package depends on neither.
 *
 * @param part      {@code review}, {@code plan} or {@code other}
 * @param chars     characters of the unit (the caller's definition, e.g. length of the original text;
 *                  must be the same definition for every unit of a run)
 * @param words     words of the unit (HanLP standard segmentation, punctuation excluded)
 * @param themes    theme ids the unit carries (empty = none); each must be in the {@link ThemeSet}
 * @param primary   primary theme id, or {@code "none"}; must be one of {@code themes} unless {@code "none"}
 * @param hits      surviving rule matches per theme id (missing = 0); each id must be in the ThemeSet
 * @param intensity sum of intensifier weights in the unit (>= 0)
 */
public record UnitObservation(String part, int chars, int words, Set<String> themes, String primary,
                              Map<String, Integer> hits, double intensity) {

    public static final String REVIEW = "review";
    public static final String PLAN = "plan";
    public static final String OTHER = "other";

    public UnitObservation {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(hits, "hits");
        if (!part.equals(REVIEW) && !part.equals(PLAN) && !part.equals(OTHER))
            throw new IllegalArgumentException("part must be review, plan or other: " + part);
        if (chars < 0) throw new IllegalArgumentException("chars < 0: " + chars);
        if (words < 0) throw new IllegalArgumentException("words < 0: " + words);
        themes = Set.copyOf(themes);
        hits = Map.copyOf(hits);
        if (!primary.equals(ThemeSet.NONE) && !themes.contains(primary))
            throw new IllegalArgumentException("primary " + primary + " is not among themes " + themes);
        if (primary.equals(ThemeSet.NONE) && !themes.isEmpty())
            throw new IllegalArgumentException("primary is none but themes is " + themes);
        for (var e : hits.entrySet())
            if (e.getValue() < 0) throw new IllegalArgumentException("hits for " + e.getKey() + " < 0");
        if (!(intensity >= 0) || Double.isInfinite(intensity))
            throw new IllegalArgumentException("intensity must be finite and >= 0: " + intensity);
    }
}
