package org.policylens.rules.pack;

import java.util.Locale;

/** How a rule finds its matches. */
public enum RuleKind {
    /** Aho-Corasick substring matches, overlapping allowed. */
    TERMS,
    /** Substring matches kept only where start and end fall on word boundaries. */
    BOUNDED,
    /** RE2/J regular expression, all non-overlapping finds. */
    PATTERN,
    /** All terms within a span of N chars, optionally in order. */
    PROXIMITY;

    /** The name used in YAML ({@code terms}, {@code bounded}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id} in YAML, if any. */
    public static java.util.Optional<RuleKind> of(String id) {
        for (RuleKind k : values()) {
            if (k.id().equals(id)) return java.util.Optional.of(k);
        }
        return java.util.Optional.empty();
    }
}
