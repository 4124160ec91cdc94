package org.policylens.analysis.report;

import java.util.List;
import java.util.Map;

/** Plain-word names for parts and measures, shared by the sentences, tables and charts. */
final class Vocabulary {
    static final List<String> MEASURES = List.of("units_primary", "units_primary_share", "units_any", "units_any_share",
            "char_share", "hits", "hits_per_10k_chars", "hits_per_1k_words", "intensity");

    private static final Map<String, String> MEASURE = Map.of(
            "units_primary", "units with this primary theme",
            "units_primary_share", "share of units (primary theme)",
            "units_any", "units touching the theme",
            "units_any_share", "share of units touching the theme",
            "char_share", "share of characters (primary theme)",
            "hits", "matched terms",
            "hits_per_10k_chars", "matched terms per 10,000 characters",
            "hits_per_1k_words", "matched terms per 1,000 words",
            "intensity", "intensifier weight");
    private static final Map<String, String> PART = Map.of(
            "all", "whole report",
            "review", "review of past work",
            "plan", "plans",
            "other", "other text");

    private Vocabulary() {
    }

    static String measure(String id) {
        return MEASURE.getOrDefault(id, id);
    }

    static String part(String id) {
        return PART.getOrDefault(id, id);
    }

    /** Shares (values in [0,1]) are shown as percentages. */
    static boolean isShare(String measure) {
        return measure.endsWith("_share");
    }
}
