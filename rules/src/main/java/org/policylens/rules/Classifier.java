package org.policylens.rules;

import org.policylens.rules.match.MatchEngine;
import org.policylens.rules.pack.PackDef;

import java.util.List;
import java.util.Objects;

/**
 * Sorts a unit of normalised text into the themes of a rule pack, with the evidence behind the labels.
 * Immutable and thread-safe; the same text and pack always give equal {@link Labels}.
 */
public final class Classifier {

    private final MatchEngine engine;

    Classifier(PackDef pack) {
        this.engine = new MatchEngine(pack);
    }

    /** Labels of {@code normText} (see {@code org.policylens.rules.text.TextNormalizer}) with no heading context. */
    public Labels classify(String normText) {
        return classify(normText, List.of());
    }

    /** Labels of {@code normText} under the heading path {@code section} (outermost first; a weak prior). */
    public Labels classify(String normText, List<String> section) {
        Objects.requireNonNull(normText, "normText");
        Objects.requireNonNull(section, "section");
        return engine.labels(normText, section);
    }

    /** Labels plus why: dropped matches, heading priors, thresholds and the decision in words. */
    public Explanation explain(String normText, List<String> section) {
        Objects.requireNonNull(normText, "normText");
        Objects.requireNonNull(section, "section");
        return engine.run(normText, section);
    }
}
