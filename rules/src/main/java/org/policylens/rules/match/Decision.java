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
                           double secondaryKeepFloor, double[] votes, double primaryClauseVotes) {
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
        if (votes != null) return "themes " + String.join(",", set) + "; primary " + p + " (" + byVotes(themes, set,
                score, votes, primaryClauseVotes) + ")" + ratioNote;
        String why = set.size() == 1 && weak.length() == 0 ? "the only theme above its threshold"
                : tied == 0 ? "highest score " + Fmt.num(score[primary])
                : tieByOrder ? "tied at " + Fmt.num(score[primary]) + ", first in pack order"
                : "tied at " + Fmt.num(score[primary]) + ", named first (first match at " + first[primary] + ")";
        return "themes " + String.join(",", set) + "; primary " + p + " (" + why + ")" + ratioNote;
    }

    /** The clause-vote claims of the set's themes in pack order: "economy 3 + 1.5 x 2 = 6". */
    private static String byVotes(List<ThemeDef> themes, List<String> set, double[] score, double[] votes,
                                  double primaryClauseVotes) {
        double top = 0;
        for (int t = 0; t < themes.size(); t++) if (set.contains(themes.get(t).id())) top = Math.max(top, score[t]);
        double perVote = primaryClauseVotes * top;
        StringBuilder sb = new StringBuilder("highest score plus clause votes, "  + Fmt.num(perVote) + " per clause won ("
                + Fmt.num(primaryClauseVotes) + " x top score " + Fmt.num(top) + "): ");
        boolean firstItem = true;
        for (int t = 0; t < themes.size(); t++) {
            if (!set.contains(themes.get(t).id())) continue;
            if (!firstItem) sb.append(", ");
            firstItem = false;
            sb.append(themes.get(t).id()).append(' ').append(Fmt.num(score[t])).append(" + ").append(Fmt.num(perVote))
                    .append(" x ").append(Fmt.num(votes[t])).append(" = ")
                    .append(Fmt.num(ClauseVotes.claim(score, votes, t, perVote)));
        }
        return sb.toString();
    }
}
