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
    /** Theme of each context group of a theme-level exclusion, -1 for a rule's own {@code exclude}. */
    private final int[] groupTheme;
    /** The theme-level exclusion of each context group, or null. */
    private final ExclusionDef[] groupExclusion;
    /** Its {@code terms} as an array (empty: any match), or null. */
    private final String[][] groupTerms;

    Exclusions(int[] ruleExcludeGroup, int[] ruleTheme, List<List<ExclusionDef>> themeExclusions,
               List<int[]> themeExclusionGroups) {
        this.ruleExcludeGroup = ruleExcludeGroup;
        this.ruleTheme = ruleTheme;
        int groups = 0;
        for (int g : ruleExcludeGroup) groups = Math.max(groups, g + 1);
        for (int[] gs : themeExclusionGroups) {
            for (int g : gs) groups = Math.max(groups, g + 1);
        }
        this.groupTheme = new int[groups];
        this.groupExclusion = new ExclusionDef[groups];
        this.groupTerms = new String[groups][];
        java.util.Arrays.fill(groupTheme, -1);
        for (int t = 0; t < themeExclusionGroups.size(); t++) {
            int[] gs = themeExclusionGroups.get(t);
            int last = -1;
            for (int i = 0; i < gs.length; i++) {
                // the theme's exclusions in pack order have increasing groups: walking the groups that occur in
                // ascending order visits them in the order of the theme's list
                if (gs[i] <= last) throw new IllegalStateException("exclusion groups out of order");
                last = gs[i];
                groupTheme[gs[i]] = t;
                groupExclusion[gs[i]] = themeExclusions.get(t).get(i);
                groupTerms[gs[i]] = groupExclusion[gs[i]].terms().toArray(new String[0]);
            }
        }
    }

    /**
     * The candidates no exclusion cancels (possibly {@code cands} itself, when the unit holds no context);
     * cancelled ones go to {@code dropped} (built with {@code toMatch}) when it is not null.
     */
    List<Candidate> apply(List<Candidate> cands, UnitScan scan, String lower, List<Explanation.Dropped> dropped,
                          Function<Candidate, Match> toMatch) {
        if (!scan.hasContexts()) return cands; // nothing to cancel
        int[] occurred = scan.contextGroups(); // ascending
        int occurredCount = scan.contextGroupCount();
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
                // the theme's exclusions in list order, only those with a context in the unit (the others cannot
                // cancel anything): the groups that occur, ascending, of this theme
                int theme = ruleTheme[c.rule()];
                for (int k = 0; k < occurredCount; k++) {
                    int cg = occurred[k];
                    if (groupTheme[cg] != theme) continue;
                    ExclusionDef e = groupExclusion[cg];
                    String[] terms = groupTerms[cg];
                    if (terms.length > 0 && !isOneOf(terms, lower, c.start(), c.end())) continue;
                    hit = overlapping(scan.contexts(cg), c);
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

    /**
     * Whether {@code lower[start, end)} equals one of {@code terms} ({@code List.of(terms).contains(lower.substring(start,
     * end))}). An array, not the exclusion's list: C2 compiled the list's {@code get} (one- and two-element lists
     * branch on the index) with a profile predicate that failed once lists of another size came, and recompiled the
     * whole exclusion step.
     */
    static boolean isOneOf(String[] terms, String lower, int start, int end) {
        int n = end - start;
        for (String t : terms) {
            if (t.length() == n && lower.regionMatches(start, t, 0, n)) return true;
        }
        return false;
    }

    private static Span overlapping(List<Span> spans, Candidate c) {
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.overlaps(c.start(), c.end())) return s;
        }
        return null;
    }
}
