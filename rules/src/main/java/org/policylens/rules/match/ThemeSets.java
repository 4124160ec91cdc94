package org.policylens.rules.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Immutable theme-id lists (pack order) for sets of theme indexes given as bit masks, made once per pack for
 * packs of up to 10 themes (at most 1,024 lists), so a verdict does not build and copy a new list per unit.
 */
final class ThemeSets {

    private static final int CACHED_THEMES = 10;

    private final String[] ids;
    private final List<String>[] cached;

    @SuppressWarnings("unchecked")
    ThemeSets(String[] ids) {
        this.ids = ids.clone();
        if (ids.length > 63) throw new IllegalArgumentException("at most 63 themes, got " + ids.length);
        if (ids.length <= CACHED_THEMES) {
            cached = new List[1 << ids.length];
            for (int m = 0; m < cached.length; m++) cached[m] = build(m);
        } else {
            cached = null;
        }
    }

    /** The ids of the themes whose bits are set in {@code mask}, in pack order. */
    List<String> of(long mask) {
        return cached != null ? cached[(int) mask] : build(mask);
    }

    private List<String> build(long mask) {
        List<String> out = new ArrayList<>(Long.bitCount(mask));
        for (int t = 0; t < ids.length; t++) {
            if ((mask & (1L << t)) != 0) out.add(ids[t]);
        }
        return List.copyOf(out);
    }
}
