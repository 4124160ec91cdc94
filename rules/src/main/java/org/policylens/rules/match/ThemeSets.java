package org.policylens.rules.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Immutable theme-id lists (pack order) for sets of themes, made once per pack for packs of up to 10 themes (at
 * most 1,024 lists), so a verdict does not build and copy a new list per unit. Larger packs build each list.
 */
final class ThemeSets {

    private static final int CACHED_THEMES = 10;

    private final String[] ids;
    /** By bit mask (bit t = theme t), or null for large packs. */
    private final List<String>[] cached;

    @SuppressWarnings("unchecked")
    ThemeSets(String[] ids) {
        this.ids = ids.clone();
        if (ids.length <= CACHED_THEMES) {
            cached = new List[1 << ids.length];
            for (int m = 0; m < cached.length; m++) {
                boolean[] in = new boolean[ids.length];
                for (int t = 0; t < ids.length; t++) in[t] = (m & (1 << t)) != 0;
                cached[m] = build(in);
            }
        } else {
            cached = null;
        }
    }

    /** The ids of the themes {@code t} with {@code in[t]}, in pack order. */
    List<String> of(boolean[] in) {
        if (cached == null) return build(in);
        int mask = 0;
        for (int t = 0; t < in.length; t++) {
            if (in[t]) mask |= 1 << t;
        }
        return cached[mask];
    }

    private List<String> build(boolean[] in) {
        List<String> out = new ArrayList<>(ids.length);
        for (int t = 0; t < ids.length; t++) {
            if (in[t]) out.add(ids[t]);
        }
        return List.copyOf(out);
    }
}
