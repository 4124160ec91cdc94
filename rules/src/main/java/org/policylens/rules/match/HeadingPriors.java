package org.policylens.rules.match;

import org.policylens.rules.pack.HeadingDef;
import org.policylens.rules.pack.ThemeDef;
import org.policylens.rules.text.TextNormalizer;

import java.util.List;

/**
 * The heading prior of a section path, remembered per thread for the last path: consecutive units of a document
 * mostly share their section, and normalising the headings is the costly part. Each heading prior whose terms occur
 * in the match form of any heading of the path adds its weight to its theme, once (same numbers as the stream
 * version it replaced: {@code HeadingPriorsTest}).
 *
 * <p>JIT: {@link #of} is inlined into {@code MatchEngine.decide} (C2's largest method of the classifier), so it makes
 * no call on the section list: a hit is the same list object as the cached one, an unmodifiable JDK list (callers
 * pass the same {@code List.copyOf} instance for the units of a section). The section lists are
 * {@code ImmutableCollections.List12} or {@code ListN}; a call on them inlined into {@code decide} was compiled for
 * the classes seen so far, and when the other came later its {@code class_check} trap threw {@code decide} away and
 * C2 compiled it again (~1 s). Everything that calls the list is in {@link #miss}, which is over C2's 325-byte
 * {@code FreqInlineSize} on purpose: C2 calls it instead of inlining it, so a trap there recompiles only it.
 */
final class HeadingPriors {

    /** The terms of each heading prior, in pack order. */
    private final String[][] terms;
    /** The themes each heading prior adds to: the indexes whose id is its theme, ascending. */
    private final int[][] themesOf;
    private final double[] weight;
    private final ThreadLocal<Last> last = new ThreadLocal<>();
    /** The prior of an empty section path (all zero). */
    private final double[] none;

    HeadingPriors(List<ThemeDef> themes, List<HeadingDef> headings) {
        int n = headings.size();
        this.terms = new String[n][];
        this.themesOf = new int[n][];
        this.weight = new double[n];
        for (int h = 0; h < n; h++) {
            HeadingDef def = headings.get(h);
            terms[h] = def.terms().toArray(new String[0]);
            weight[h] = def.weight();
            int count = 0;
            for (ThemeDef t : themes) if (t.id().equals(def.theme())) count++;
            int[] of = new int[count];
            count = 0;
            for (int t = 0; t < themes.size(); t++) if (themes.get(t).id().equals(def.theme())) of[count++] = t;
            themesOf[h] = of;
        }
        this.none = new double[themes.size()];
    }

    /** Weight each theme gets from {@code section}; a shared array the caller must not change. */
    double[] of(List<String> section) {
        if (terms.length == 0) return none;
        Last cached = last.get();
        if (cached != null && cached.section == section) return cached.prior;
        return miss(section, cached);
    }

    /**
     * {@link #of} when {@code section} is not the cached list object: empty, equal to the cached path (then the
     * cache keeps this list object), or a new path. One method on purpose (see the class comment): do not split.
     */
    private double[] miss(List<String> section, Last cached) {
        if (section.isEmpty()) return none;
        List<String> key = List.copyOf(section); // the same object when it is an unmodifiable JDK list
        int n = key.size();
        if (cached != null) {
            List<String> old = cached.section;
            boolean same = old.size() == n;
            for (int i = 0; i < n && same; i++) same = old.get(i).equals(key.get(i));
            if (same) {
                if (old != key) last.set(new Last(key, cached.prior));
                return cached.prior;
            }
        }
        String[] norm = new String[n];
        for (int i = 0; i < n; i++) norm[i] = TextNormalizer.matchForm(key.get(i));
        double[] prior = new double[none.length];
        for (int h = 0; h < terms.length; h++) {
            String[] hTerms = terms[h];
            boolean hit = false;
            for (int i = 0; i < n && !hit; i++) {
                String s = norm[i];
                for (int k = 0; k < hTerms.length; k++) {
                    if (s.contains(hTerms[k])) {
                        hit = true;
                        break;
                    }
                }
            }
            if (hit) {
                int[] to = themesOf[h];
                double w = weight[h];
                for (int k = 0; k < to.length; k++) prior[to[k]] += w;
            }
        }
        last.set(new Last(key, prior));
        return prior;
    }

    private static final class Last {
        final List<String> section;
        final double[] prior;

        Last(List<String> section, double[] prior) {
            this.section = section;
            this.prior = prior;
        }
    }
}
