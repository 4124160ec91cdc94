package org.policylens.rules.match;

import java.util.ArrayList;
import java.util.List;

/**
 * What one automaton key means: which rules, proximity slots, exclusion contexts, intensifiers and pattern gates
 * use it. Collected while the engine is built, then {@link #code() encoded} into one int array, so a hit in the
 * scan reads one small array (the automaton's values are these arrays).
 */
final class KeyUse {
    final List<Integer> termRules = new ArrayList<>();
    final List<Integer> boundedRules = new ArrayList<>();
    /** Pairs (proximity rule index, term index). */
    final List<int[]> proximitySlots = new ArrayList<>();
    final List<Integer> contextGroups = new ArrayList<>();
    /** Distinct pattern expressions ({@link PatternSet}) that need this literal (or another of theirs) to match. */
    final List<Integer> patterns = new ArrayList<>();
    int intensifier = -1;

    /**
     * The uses as one array: count + term rules, count + bounded rules, count + (proximity rule, term) pairs,
     * count + context groups, count + pattern expressions, then the intensifier index or -1. Duplicates removed.
     */
    int[] code() {
        int[] terms = distinct(termRules);
        int[] bounded = distinct(boundedRules);
        int[] contexts = distinct(contextGroups);
        int[] pats = distinct(patterns);
        int[] out = new int[6 + terms.length + bounded.length + 2 * proximitySlots.size() + contexts.length + pats.length];
        int i = 0;
        i = put(out, i, terms);
        i = put(out, i, bounded);
        out[i++] = proximitySlots.size();
        for (int[] slot : proximitySlots) {
            out[i++] = slot[0];
            out[i++] = slot[1];
        }
        i = put(out, i, contexts);
        i = put(out, i, pats);
        out[i] = intensifier;
        return out;
    }

    /** The values without repeats, in order of first occurrence (as {@code IntStream.distinct} gives them). */
    static int[] distinct(List<Integer> values) {
        int[] out = new int[values.size()];
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            int v = values.get(i);
            boolean seen = false;
            for (int j = 0; j < n && !seen; j++) seen = out[j] == v;
            if (!seen) out[n++] = v;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int put(int[] out, int i, int[] values) {
        out[i++] = values.length;
        System.arraycopy(values, 0, out, i, values.length);
        return i + values.length;
    }
}
