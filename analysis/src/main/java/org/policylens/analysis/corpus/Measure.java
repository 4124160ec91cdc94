package org.policylens.analysis.corpus;

import java.util.Locale;

/**
 * The per-document × part × theme measures of the panel, in output order.
 * Shares have Wilson 95% intervals; {@code char_share} and {@code intensity} bootstrap 95% intervals;
 * counts and rates have none.
 */
public enum Measure {
    /** Units whose primary theme is the theme. */
    UNITS_PRIMARY(true),
    /** {@code units_primary} / units in the part. */
    UNITS_PRIMARY_SHARE(true),
    /** Units that carry the theme at all (multi-label). */
    UNITS_ANY(false),
    /** {@code units_any} / units in the part. */
    UNITS_ANY_SHARE(false),
    /** Characters of units carrying the theme / characters of the part. */
    CHAR_SHARE(false),
    /** Rule matches (evidence) of the theme. */
    HITS(false),
    /** Hits per 10,000 characters of the part. */
    HITS_PER_10K_CHARS(false),
    /** Hits per 1,000 words (HanLP segmentation with the project dictionary) of the part. */
    HITS_PER_1K_WORDS(false),
    /** Mean intensifier weight per unit carrying the theme. */
    INTENSITY(false);

    private final boolean withNone;

    Measure(boolean withNone) {
        this.withNone = withNone;
    }

    /** Whether the measure is also given for the pseudo-theme {@code none} (a count of unlabelled units). */
    public boolean withNone() {
        return withNone;
    }

    /** Column / row id, e.g. {@code hits_per_10k_chars}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
