package org.policylens.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a unit got its labels: the labels, each theme's threshold and heading prior, the matches that were
 * dropped (and why), and the decision in words.
 *
 * @param text         the classified text
 * @param labels       the verdict (identical to {@link Classifier#classify})
 * @param thresholds   each theme's threshold, pack order
 * @param headingPrior weight each theme got from the heading path (0 if none), pack order
 * @param dropped      matches cancelled by an exclusion or swallowed by a longer match, by start offset
 * @param decision     one line: the set and how the primary was chosen
 */
public record Explanation(String text, Labels labels, Map<String, Double> thresholds, Map<String, Double> headingPrior,
                          List<Dropped> dropped, String decision) {

    public Explanation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(labels, "labels");
        thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
        headingPrior = Collections.unmodifiableMap(new LinkedHashMap<>(headingPrior));
        dropped = List.copyOf(dropped);
        Objects.requireNonNull(decision, "decision");
    }

    /** A match that did not count. */
    public record Dropped(Match match, Reason reason, String detail) {
        public Dropped {
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a match did not count. */
    public enum Reason {
        /** Overlaps a context of the rule's own {@code exclude}. */
        RULE_EXCLUDE,
        /** Overlaps a context of a theme-level exclusion. */
        EXCLUSION,
        /** Lies inside a longer (or identical) surviving match of the same theme. */
        NESTED,
        /** A bounded term whose start or end is not a word boundary. */
        NOT_A_WORD
    }
}
