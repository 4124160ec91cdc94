package org.policylens.rules.match;

import org.policylens.rules.pack.HeadingDef;
import org.policylens.rules.pack.ThemeDef;

import java.util.List;

/**
 * The heading prior of a section path ({@link Decision#headingPrior}), remembered per thread for the last path:
 * consecutive units of a document mostly share their section, and normalising the headings is the costly part.
 */
final class HeadingPriors {

    private final List<ThemeDef> themes;
    private final List<HeadingDef> headings;
    private final ThreadLocal<Last> last = new ThreadLocal<>();
    /** The prior of an empty section path (all zero). */
    private final double[] none;

    HeadingPriors(List<ThemeDef> themes, List<HeadingDef> headings) {
        this.themes = themes;
        this.headings = headings;
        this.none = new double[themes.size()];
    }

    /** Weight each theme gets from {@code section}; a shared array the caller must not change. */
    double[] of(List<String> section) {
        if (section.isEmpty() || headings.isEmpty()) return none;
        Last cached = last.get();
        if (cached != null && cached.section.equals(section)) return cached.prior;
        List<String> key = List.copyOf(section);
        double[] prior = Decision.headingPrior(themes, headings, key);
        last.set(new Last(key, prior));
        return prior;
    }

    private record Last(List<String> section, double[] prior) {
    }
}
