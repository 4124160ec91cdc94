package org.policylens.rules.match;

import org.policylens.rules.Explanation;
import org.policylens.rules.Match;
import org.policylens.rules.pack.ExclusionDef;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rule 3 of the matching semantics: a match overlapping an occurrence of an exclusion context (the rule's own
 * {@code exclude}, or a theme-level exclusion, optionally only for some matched terms) is dropped.
 * Contexts are found by the automaton pass ({@link UnitScan#contexts}). Immutable.
 */
final class Exclusions {

    /** Context group of each rule's own {@code exclude}, or -1. */
    private final int[] ruleExcludeGroup;
    private final int[] ruleTheme;
    /** Theme-level exclusions per theme index, and the context group of each. */
    private final List<List<ExclusionDef>> themeExclusions;
    private final List<int[]> themeExclusionGroups;

    Exclusions(int[] ruleExcludeGroup, int[] ruleTheme, List<List<ExclusionDef>> themeExclusions,
               List<int[]> themeExclusionGroups) {
        this.ruleExcludeGroup = ruleExcludeGroup;
        this.ruleTheme = ruleTheme;
        this.themeExclusions = themeExclusions;
        this.themeExclusionGroups = themeExclusionGroups;
    }

    /**
     * The candidates no exclusion cancels (possibly {@code cands} itself, when the unit holds no context);
     * cancelled ones go to {@code dropped} (built with {@code toMatch}) when it is not null.
     */
    List<Candidate> apply(List<Candidate> cands, UnitScan scan, String lower, List<Explanation.Dropped> dropped,
                          Function<Candidate, Match> toMatch) {
        if (!scan.hasContexts()) return cands; // nothing to cancel
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            String why = null;
            Explanation.Reason reason = null;
            int g = ruleExcludeGroup[c.rule()];
            Span hit = g >= 0 ? overlapping(scan.contexts(g), c) : null;
            if (hit != null) {
                reason = Explanation.Reason.RULE_EXCLUDE;
                if (dropped != null) why = "rule exclude '" + hit.key(lower) + "' at " + hit.start() + "-" + hit.end();
            } else {
                List<ExclusionDef> exclusions = themeExclusions.get(ruleTheme[c.rule()]);
                int[] groups = themeExclusionGroups.get(ruleTheme[c.rule()]);
                String matched = null;
                for (int i = 0; i < exclusions.size(); i++) {
                    List<Span> contexts = scan.contexts(groups[i]);
                    if (contexts.isEmpty()) continue; // no context in the unit: nothing to cancel
                    ExclusionDef e = exclusions.get(i);
                    if (!e.terms().isEmpty()) {
                        if (matched == null) matched = lower.substring(c.start(), c.end());
                        if (!e.terms().contains(matched)) continue;
                    }
                    hit = overlapping(contexts, c);
                    if (hit != null) {
                        reason = Explanation.Reason.EXCLUSION;
                        if (dropped != null)
                            why = "exclusion " + e.id() + ": context '" + hit.key(lower) + "' at " + hit.start() + "-" + hit.end();
                        break;
                    }
                }
            }
            if (reason == null) out.add(c);
            else if (dropped != null) dropped.add(new Explanation.Dropped(toMatch.apply(c), reason, why));
        }
        return out;
    }

    private static Span overlapping(List<Span> spans, Candidate c) {
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.overlaps(c.start(), c.end())) return s;
        }
        return null;
    }
}
