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
    /** Pattern rules that need this literal (or another of theirs) before they run. */
    final List<Integer> patternRules = new ArrayList<>();
    int intensifier = -1;

    int[] termRulesArray;
    int[] boundedRulesArray;
    int[] contextGroupsArray;
    int[] patternRulesArray;

    void freeze() {
        termRulesArray = termRules.stream().mapToInt(Integer::intValue).distinct().toArray();
        boundedRulesArray = boundedRules.stream().mapToInt(Integer::intValue).distinct().toArray();
        contextGroupsArray = contextGroups.stream().mapToInt(Integer::intValue).distinct().toArray();
        patternRulesArray = patternRules.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
}
