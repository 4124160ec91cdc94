package org.policylens.rules.match;

import org.policylens.rules.pack.ThemeDef;

import java.util.List;

/** The decision's wording (the heading prior is {@link HeadingPriors}). */
final class Decision {

    private Decision() {
    }

    /** The decision in words: the set and how the primary was chosen. */
    static String describe(List<ThemeDef> themes, List<String> set, int primary, double[] score, int[] first,
                           double secondaryRatio, double secondaryKeepWeight, double secondaryKeepScore,
                           double secondaryKeepFloor) {
        if (primary < 0) return "none: no theme reached its threshold";
        StringBuilder weak = new StringBuilder();
        for (int t = 0; t < themes.size(); t++) {
            String id = themes.get(t).id();
            if (!set.contains(id) && score[t] >= themes.get(t).threshold() - MatchEngine.EPS)
                weak.append(weak.length() == 0 ? "" : ",").append(id);
        }
        String ratioNote = weak.length() == 0 ? "" : "; left out " + weak + " (score below secondary_ratio "
                + Fmt.num(secondaryRatio) + " x " + Fmt.num(score[primary]) + " = " + Fmt.num(secondaryRatio * score[primary])
                + (secondaryKeepWeight > 0 ? ", and no match of weight >= " + Fmt.num(secondaryKeepWeight) : "")
                + (secondaryKeepScore > 0 ? ", and not both a score >= " + Fmt.num(secondaryKeepScore) + " and >= "
                + Fmt.num(secondaryKeepFloor) + " x " + Fmt.num(score[primary]) : "") + ")";
        String p = themes.get(primary).id();
        int tied = 0;
        boolean tieByOrder = false;
        for (int t = 0; t < themes.size(); t++) {
            if (t != primary && set.contains(themes.get(t).id()) && Math.abs(score[t] - score[primary]) <= MatchEngine.EPS) {
                tied++;
                if (first[t] == first[primary]) tieByOrder = true;
            }
        }
        String why = set.size() == 1 && weak.length() == 0 ? "the only theme above its threshold"
                : tied == 0 ? "highest score " + Fmt.num(score[primary])
                : tieByOrder ? "tied at " + Fmt.num(score[primary]) + ", first in pack order"
                : "tied at " + Fmt.num(score[primary]) + ", named first (first match at " + first[primary] + ")";
        return "themes " + String.join(",", set) + "; primary " + p + " (" + why + ")" + ratioNote;
    }
}
