package org.policylens.analysis.report;

import java.util.Objects;

/**
 * One test result said in plain words.
 *
 * @param kind        which test table it comes from: chisq, residuals, pairwise, trend, jsd, robustness
 * @param theme       the theme it is about, or empty
 * @param text        the sentence (plain text; escaped when rendered)
 * @param groupBy     the group variable a sentence is about (residuals, trends), or empty
 * @param group       the group value it is about, or empty; with a theme, the report links it to its sentences
 * @param notable     worth reading first: significant (Holm-corrected p &lt; 0.05 where a family is tested), or a
 *                    robustness warning
 */
record Finding(String kind, String theme, String groupBy, String group, String text, boolean notable) {
    Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(text, "text");
    }

    /** A finding about no particular group. */
    Finding(String kind, String theme, String text, boolean notable) {
        this(kind, theme, "", "", text, notable);
    }
}
