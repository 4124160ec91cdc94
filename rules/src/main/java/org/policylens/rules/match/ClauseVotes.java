package org.policylens.rules.match;

import org.policylens.rules.pack.RuleDef;

import java.util.List;

/**
 * The codebook's "majority of the clauses" for the primary theme. A unit's clauses are the stretches of text up to
 * {@code ，；：。！？} (or their ASCII forms); a match belongs to the clause it starts in. Each clause votes for the
 * theme of the label set with the most weight in it (a tie splits the vote; a clause with no weight of a set theme
 * does not vote), and each vote adds a fixed amount to the theme's score. Only units with two or more themes in the
 * set get here, so the plain scan of the text costs nothing on most units.
 */
final class ClauseVotes {

    private ClauseVotes() {
    }

    /** Whether the set has two or more themes. */
    static boolean multiple(boolean[] set) {
        int k = 0;
        for (boolean b : set) if (b && ++k > 1) return true;
        return false;
    }

    static boolean isClauseEnd(char c) {
        return switch (c) {
            case '，', '；', '：', '。', '！', '？', ',', ';', ':', '!', '?' -> true;
            default -> false;
        };
    }

    /** The votes per theme (index as {@code set}) of the kept matches' clauses. */
    static double[] count(String text, List<Candidate> kept, int[] ruleTheme, RuleDef[] rules, boolean[] set) {
        int n = set.length;
        int[] clauseOf = new int[text.length() + 1];
        int clauses = 0;
        for (int i = 0; i < text.length(); i++) {
            clauseOf[i] = clauses;
            if (isClauseEnd(text.charAt(i))) clauses++;
        }
        clauseOf[text.length()] = clauses;
        double[] weight = new double[(clauses + 1) * n];
        for (int i = 0, m = kept.size(); i < m; i++) {
            Candidate c = kept.get(i);
            int t = ruleTheme[c.rule()];
            if (set[t]) weight[clauseOf[Math.min(c.start(), text.length())] * n + t] += rules[c.rule()].weight();
        }
        double[] votes = new double[n];
        for (int k = 0; k <= clauses; k++) {
            double best = 0;
            int winners = 0;
            for (int t = 0; t < n; t++) {
                double w = weight[k * n + t];
                if (w > best + MatchEngine.EPS) {
                    best = w;
                    winners = 1;
                } else if (w > MatchEngine.EPS && Math.abs(w - best) <= MatchEngine.EPS) {
                    winners++;
                }
            }
            if (winners == 0) continue;
            for (int t = 0; t < n; t++) {
                double w = weight[k * n + t];
                if (w > MatchEngine.EPS && Math.abs(w - best) <= MatchEngine.EPS) votes[t] += 1.0 / winners;
            }
        }
        return votes;
    }

    /** The claim of theme {@code t}: its score plus {@code perVote} for each clause it won. */
    static double claim(double[] score, double[] votes, int t, double perVote) {
        return score[t] + perVote * votes[t];
    }

    /**
     * The theme of the set with the highest claim; a tie goes to the theme named first in the unit, then to the
     * first in pack order (as with scores alone).
     */
    static int primary(double[] score, int[] first, boolean[] set, double[] votes, double perVote) {
        int primary = -1;
        double best = 0;
        for (int t = 0; t < set.length; t++) {
            if (!set[t]) continue;
            double c = claim(score, votes, t, perVote);
            if (primary < 0 || c > best + MatchEngine.EPS || (Math.abs(c - best) <= MatchEngine.EPS && first[t] < first[primary])) {
                primary = t;
                best = c;
            }
        }
        return primary;
    }
}
