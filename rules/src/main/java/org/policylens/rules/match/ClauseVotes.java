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

    /**
     * The votes per theme (index as {@code set}) of the kept matches' clauses, in one pass over the text up to the
     * last match: {@code kept} is in position order, so each clause is closed (and votes) when the scan passes its
     * end. Two arrays of the theme count are all it allocates.
     */
    static double[] count(String text, List<Candidate> kept, int[] ruleTheme, RuleDef[] rules, boolean[] set) {
        int n = set.length;
        double[] votes = new double[n];
        double[] clause = new double[n];
        int pos = 0;
        for (int i = 0, m = kept.size(); i < m; i++) {
            Candidate c = kept.get(i);
            int start = Math.min(c.start(), text.length());
            for (; pos < start; pos++) if (isClauseEnd(text.charAt(pos))) vote(clause, votes);
            int t = ruleTheme[c.rule()];
            if (set[t]) clause[t] += rules[c.rule()].weight();
        }
        vote(clause, votes);
        return votes;
    }

    /** The clause's vote: to the theme with the most weight in it, split on a tie; then the clause is emptied. */
    private static void vote(double[] clause, double[] votes) {
        double best = 0;
        int winners = 0;
        for (double w : clause) {
            if (w > best + MatchEngine.EPS) {
                best = w;
                winners = 1;
            } else if (w > MatchEngine.EPS && Math.abs(w - best) <= MatchEngine.EPS) {
                winners++;
            }
        }
        for (int t = 0; t < clause.length; t++) {
            if (winners > 0 && clause[t] > MatchEngine.EPS && Math.abs(clause[t] - best) <= MatchEngine.EPS) votes[t] += 1.0 / winners;
            clause[t] = 0;
        }
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
