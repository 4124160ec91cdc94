package org.policylens.rules.pack;

import java.util.List;
import java.util.Objects;

/**
 * One rule of a theme, as loaded (terms already normalised and lower-cased).
 *
 * @param id       unique in the pack
 * @param theme    owning theme id
 * @param kind     how it matches
 * @param weight   score added per surviving match
 * @param terms    terms ({@code terms}, {@code bounded}) or the terms that must all occur ({@code proximity})
 * @param pattern  RE2/J pattern ({@code pattern} only, else empty)
 * @param within   max span in chars ({@code proximity} only, else 0)
 * @param ordered  whether proximity terms must occur in the listed order
 * @param exclude  contexts that cancel this rule's matches they overlap
 * @param note     why the rule exists (may be empty)
 * @param location where the rule starts in its file
 */
public record RuleDef(String id, String theme, RuleKind kind, double weight, List<String> terms, String pattern,
                      int within, boolean ordered, List<String> exclude, String note, Location location) {
    public RuleDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(kind, "kind");
        terms = List.copyOf(terms);
        Objects.requireNonNull(pattern, "pattern");
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(location, "location");
        if (!Double.isFinite(weight)) throw new IllegalArgumentException("weight must be finite");
    }

    /** A copy with {@code terms} replaced. */
    public RuleDef withTerms(List<String> newTerms) {
        return new RuleDef(id, theme, kind, weight, newTerms, pattern, within, ordered, exclude, note, location);
    }
}
