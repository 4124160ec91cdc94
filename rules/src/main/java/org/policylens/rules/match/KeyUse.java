package org.policylens.rules.match;

import java.util.ArrayList;
import java.util.List;

/** What one automaton key means: which rules, proximity slots, exclusion contexts, intensifiers and pattern gates use it. */
final class KeyUse {
    final List<Integer> termRules = new ArrayList<>();
    final List<Integer> boundedRules = new ArrayList<>();
    /** Pairs (proximity rule index, term index) flattened. */
    final List<int[]> proximitySlots = new ArrayList<>();
    final List<Integer> contextGroups = new ArrayList<>();
    /** Distinct pattern expressions ({@link PatternSet}) that need this literal (or another of theirs) to match. */
    final List<Integer> patterns = new ArrayList<>();
    int intensifier = -1;

    int[] termRulesArray;
    int[] boundedRulesArray;
    int[] contextGroupsArray;
    int[] patternsArray;

    void freeze() {
        termRulesArray = termRules.stream().mapToInt(Integer::intValue).distinct().toArray();
        boundedRulesArray = boundedRules.stream().mapToInt(Integer::intValue).distinct().toArray();
        contextGroupsArray = contextGroups.stream().mapToInt(Integer::intValue).distinct().toArray();
        patternsArray = patterns.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
}
