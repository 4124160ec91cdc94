package org.policylens.analysis.report;

import java.util.Objects;

/**
 * One test result said in plain words.
 *
 * @param kind        which test table it comes from: chisq, residuals, pairwise, trend, jsd, robustness
 * @param theme       the theme it is about, or empty
 * @param text        the sentence (plain text; escaped when rendered)
 * @param notable     worth reading first: significant (Holm-corrected p &lt; 0.05 where a family is tested), or a
 *                    robustness warning
 */
record Finding(String kind, String theme, String text, boolean notable) {
    Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(text, "text");
    }
}
