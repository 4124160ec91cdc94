package org.policylens.rules.pack;

import java.util.List;
import java.util.Objects;

/**
 * Contexts that cancel matches of a theme (e.g. 创新生态 cancels 生态 for ecology).
 *
 * @param id       unique among exclusions
 * @param theme    the theme whose matches it cancels
 * @param contexts strings whose occurrences cancel overlapping matches (normalised, lower-cased)
 * @param terms    only matches whose text is one of these are cancelled; empty = all matches of the theme
 * @param note     why (may be empty)
 * @param location where it is declared
 */
public record ExclusionDef(String id, String theme, List<String> contexts, List<String> terms, String note,
                           Location location) {
    public ExclusionDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        contexts = List.copyOf(contexts);
        terms = List.copyOf(terms);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(location, "location");
    }
}
