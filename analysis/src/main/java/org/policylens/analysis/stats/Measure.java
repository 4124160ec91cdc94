package org.policylens.analysis.stats;

import java.util.Locale;

/** The per-theme measures, in output order; {@link #id()} is the name used in every output file. */
public enum Measure {
    UNITS_PRIMARY("units whose primary theme is the theme"),
    UNITS_PRIMARY_SHARE("units_primary / units of the part (Wilson 95% interval)"),
    UNITS_ANY("units that carry the theme (multi-label)"),
    UNITS_ANY_SHARE("units_any / units of the part (Wilson 95% interval)"),
    CHAR_SHARE("characters of units carrying the theme / characters of the part (95% interval: linearised by default, or bootstrap)"),
    HITS("surviving rule matches of the theme (substring/pattern matches, not tokens)"),
    HITS_PER_10K_CHARS("hits * 10000 / characters of the part"),
    HITS_PER_1K_WORDS("hits * 1000 / words of the part (HanLP standard segmentation, punctuation excluded)"),
    INTENSITY("mean intensifier weight per unit carrying the theme (95% interval: linearised by default, or bootstrap)");

    private final String definition;

    Measure(String definition) {
        this.definition = definition;
    }

    /** Output name, e.g. {@code units_primary_share}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One-line definition for output metadata; docs/metrics.md has the full formula. */
    public String definition() {
        return definition;
    }

    /** The normalised measures compared by the robustness check (rankings of groups under each). */
    public static final java.util.List<Measure> NORMALISATIONS = java.util.List.of(
            UNITS_PRIMARY_SHARE, UNITS_ANY_SHARE, CHAR_SHARE, HITS_PER_10K_CHARS, HITS_PER_1K_WORDS);
}
