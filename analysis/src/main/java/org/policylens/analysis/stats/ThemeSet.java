package org.policylens.analysis.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The themes to report on, in output order (the rule pack's order). {@code none} is not a theme here:
 * units without a theme are counted separately.
 *
 * @param ids theme ids, unique, non-blank, none of them {@code "none"}
 */
public record ThemeSet(List<String> ids) {

    /** The id that marks a unit without a theme, as in the rule pack's {@code Labels.NONE_ID}. */
    public static final String NONE = "none";

    public ThemeSet {
        Objects.requireNonNull(ids, "ids");
        ids = List.copyOf(ids);
        if (ids.isEmpty()) throw new IllegalArgumentException("ids: at least one theme is needed");
        var seen = new HashSet<String>();
        for (String id : ids) {
            if (id.isBlank()) throw new IllegalArgumentException("ids: blank theme id");
            if (NONE.equals(id)) throw new IllegalArgumentException("ids: \"none\" is not a theme");
            if (!seen.add(id)) throw new IllegalArgumentException("ids: duplicate theme id " + id);
        }
    }

    /** Convenience: {@code ThemeSet.of("economy", "innovation", ...)}. */
    public static ThemeSet of(String... ids) {
        return new ThemeSet(List.of(ids));
    }

    public int size() {
        return ids.size();
    }

    /** Position of a theme, or -1 when it is not in the set. */
    public int indexOf(String id) {
        return ids.indexOf(id);
    }

    public String get(int index) {
        return ids.get(index);
    }
}
