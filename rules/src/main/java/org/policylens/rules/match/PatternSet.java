package org.policylens.rules.match;

import com.google.re2j.Matcher;
import org.policylens.rules.pack.RuleDef;
import org.policylens.rules.pack.RuleKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * The pattern rules of a pack, run with RE2/J. Each distinct regular expression runs once per unit, however many
 * rules (themes) list it; it runs only when the unit holds one of the literals every match needs
 * ({@link PatternPrefilter}), and, when its matches cannot cross a clause delimiter ({@link PatternWindows}), only
 * on the clauses that hold such a literal. A window (or, for an expression without delimiters, the unit) is run only
 * if it also holds one member of each other literal set every match needs ({@link PatternPrefilter#requiredSets}):
 * {@code ([一-鿿]{2,6}、){1,7}[一-鿿]{2,6}等[一-鿿]{0,4}(服务业|行业|产业)} is gated by 服务业, 行业 or 产业 and then
 * needs 、 and 等 in the same clause, which most clauses with 产业 lack. A window without them holds no match, so
 * skipping it changes nothing. An expression whose matches all start with one of a few literals is tried anchored
 * where they occur ({@link LiteralStarts}) instead of searched; one that ends in a literal-led tail runs only
 * where that tail matches ({@link TailCheck}). Immutable and thread-safe.
 */
final class PatternSet {

    private final LocalPattern[] regex;
    /** Rule indexes of each distinct expression, in pack order. */
    private final int[][] rulesOf;
    /** Whether the expression has required literals (then it runs only where the automaton saw one). */
    private final boolean[] gated;
    /** Clause delimiters of each expression ("" = always the whole unit). */
    private final String[] delimiters;
    /** {@link #delimiters} as tests, for the window walks. */
    private final CharTest[] delimiterTest;
    /** Whether every match of the expression starts at offset 0 (then only the first clause is run). */
    private final boolean[] startOnly;
    /** The {@link StarPrefix} form of the expression, or null. */
    private final StarPrefix[] star;
    /** The {@link LiteralStarts} form of the expression, or null. */
    private final LiteralStarts[] anchored;
    /** A cheap necessary condition ({@link TailCheck}) tried before the full run, or null. */
    private final TailCheck[] tails;
    /** The {@link LeadDelimiter} form of the expression ({@code (^|[C])R} run on {@code R}'s windows), or null. */
    private final LeadDelimiter[] lead;
    /** The other literal sets a match needs, cheapest check first; a window lacking one is not run. */
    private final String[][][] alsoNeeded;

    /** Reads the pattern rules of {@code rules}; {@code literal} receives each required literal with its expression's index. */
    PatternSet(RuleDef[] rules, ObjIntConsumer<String> literal) {
        Map<String, List<Integer>> byRegex = new LinkedHashMap<>();
        for (int r = 0; r < rules.length; r++) {
            if (rules[r].kind() != RuleKind.PATTERN) continue; // loops, not lambdas: no classes spun at start-up
            List<Integer> same = byRegex.get(rules[r].pattern());
            if (same == null) byRegex.put(rules[r].pattern(), same = new ArrayList<>());
            same.add(r);
        }
        int n = byRegex.size();
        regex = new LocalPattern[n];
        rulesOf = new int[n][];
        gated = new boolean[n];
        delimiters = new String[n];
        delimiterTest = new CharTest[n];
        startOnly = new boolean[n];
        star = new StarPrefix[n];
        alsoNeeded = new String[n][][];
        anchored = new LiteralStarts[n];
        tails = new TailCheck[n];
        lead = new LeadDelimiter[n];
        int p = 0;
        for (Map.Entry<String, List<Integer>> e : byRegex.entrySet()) {
            regex[p] = new LocalPattern(e.getKey());
            rulesOf[p] = new int[e.getValue().size()];
            for (int i = 0; i < rulesOf[p].length; i++) rulesOf[p][i] = e.getValue().get(i);
            List<String> literals = PatternPrefilter.required(e.getKey());
            gated[p] = !literals.isEmpty();
            PatternWindows.Bounds bounds = gated[p] ? PatternWindows.of(e.getKey()) : PatternWindows.Bounds.NONE;
            delimiters[p] = bounds.delimiters();
            delimiterTest[p] = new CharTest(delimiters[p]);
            startOnly[p] = bounds.startOnly();
            if (!bounds.delimiters().isEmpty()) star[p] = StarPrefix.of(e.getKey(), bounds.delimiters(), literals);
            for (String l : literals) literal.accept(l, p);
            alsoNeeded[p] = alsoNeeded(e.getKey(), literals);
            anchored[p] = LiteralStarts.of(e.getKey());
            if (gated[p] && bounds.delimiters().isEmpty() && anchored[p] == null) {
                lead[p] = LeadDelimiter.of(e.getKey());
                if (lead[p] != null) {
                    delimiters[p] = lead[p].delimiters;
                    delimiterTest[p] = new CharTest(delimiters[p]);
                }
            }
            if (anchored[p] == null && star[p] == null && gated[p] && lead[p] == null) tails[p] = TailCheck.of(e.getKey());
            p++;
        }
    }

    /** The required sets of {@code pattern} other than {@code gate}, sets of single chars first, then smaller sets. */
    private static String[][] alsoNeeded(String pattern, List<String> gate) {
        List<String[]> sets = new ArrayList<>();
        for (List<String> s : PatternPrefilter.requiredSets(pattern)) {
            if (!impliedBy(gate, s)) sets.add(s.toArray(new String[0]));
        }
        sets.sort(new CheapestFirst());
        return sets.toArray(new String[0][]);
    }

    /** Sets of shorter members first (by the longest member), then smaller sets; List.sort keeps ties in order. */
    private static final class CheapestFirst implements java.util.Comparator<String[]> {
        @Override
        public int compare(String[] a, String[] b) {
            int c = Integer.compare(longest(a), longest(b));
            return c != 0 ? c : Integer.compare(a.length, b.length);
        }

        /** The length of the longest member, 0 for none. */
        static int longest(String[] set) {
            int max = 0;
            for (String s : set) max = Math.max(max, s.length());
            return max;
        }
    }

    /** Whether every literal of {@code gate} contains a member of {@code set} (then checking {@code set} adds nothing). */
    private static boolean impliedBy(List<String> gate, List<String> set) {
        for (String g : gate) {
            boolean any = false;
            for (int i = 0; i < set.size() && !any; i++) any = g.contains(set.get(i));
            if (!any) return false;
        }
        return true;
    }

    /**
     * Whether {@code lower[a, e)} holds a member of every set of {@link #alsoNeeded} of expression {@code p}, and
     * its {@link TailCheck} (if any) matches there: otherwise no match of {@code p} lies in it.
     */
    private boolean holdsNeeded(int p, String lower, int a, int e) {
        for (String[] set : alsoNeeded[p]) {
            if (!holdsOne(lower, a, e, set)) return false;
        }
        return tails[p] == null || tails[p].mayMatch(lower, a, e);
    }

    private static boolean holdsOne(String lower, int a, int e, String[] set) {
        for (int i = a; i < e; i++) {
            char c = lower.charAt(i);
            for (String l : set) {
                if (l.charAt(0) == c && i + l.length() <= e && lower.startsWith(l, i)) return true;
            }
        }
        return false;
    }

    /** Number of distinct expressions. */
    int size() {
        return regex.length;
    }

    /** Adds the matches of every pattern rule in {@code lower} to {@code out}. */
    void find(String lower, UnitScan scan, List<Candidate> out) {
        for (int p = 0; p < regex.length; p++) {
            if (!gated[p]) {
                find(p, lower, 0, lower.length(), out);
            } else if (scan.patternSeen(p)) {
                if (!delimiters[p].isEmpty()) findInClauses(p, lower, scan, out);
                else if (holdsNeeded(p, lower, 0, lower.length())) find(p, lower, 0, lower.length(), out);
            }
        }
    }

    /**
     * Runs expression {@code p} on each window (see {@link PatternWindows}) that holds one of its literals: the
     * text after a delimiter up to and including the next one (or the text end).
     */
    private void findInClauses(int p, String lower, UnitScan scan, List<Candidate> out) {
        CharTest delims = delimiterTest[p];
        int[] hits = scan.literalHits();
        int count = scan.literalHitCount();
        int[] windows = scan.windows; // the scan's, reused
        int w = 0;
        for (int i = 0; i < count; i += 3) {
            if (hits[i] != p) continue;
            int start = hits[i + 1];
            int a = start;
            while (a > 0 && !delims.has(lower.charAt(a - 1))) a--;
            if (startOnly[p] && a > 0) continue; // every match starts at 0: only the first window can hold one
            int e = windowEnd(lower, delims, start);
            if (hits[i + 2] > e || lead[p] != null && a == 0 && e == 1) { // a literal across a delimiter cannot be
                // part of a match, be safe anyway; LeadDelimiter: a literal in a first window [0, 1) (see there)
                if (holdsNeeded(p, lower, 0, lower.length())) find(p, lower, 0, lower.length(), out);
                return;
            }
            if (w + 2 > windows.length) scan.windows = windows = Arrays.copyOf(windows, windows.length * 2);
            w = insertPair(windows, w, a, e);
        }
        if (lead[p] != null) {
            findLead(p, lower, windows, w, out);
            return;
        }
        for (int i = 0; i < w; i += 2) {
            if (!holdsNeeded(p, lower, windows[i], windows[i + 1])) continue; // no match can lie in this window
            if (star[p] == null) find(p, lower, windows[i], windows[i + 1], out);
            else findStar(p, lower, windows[i], windows[i + 1], hits, count, out);
        }
    }

    /**
     * The matches of a {@link LeadDelimiter} expression {@code p} owned by the windows {@code windows[0, w)} (pairs,
     * in order): each window {@code [a, e)} is searched on {@code [max(0, a-1), e)}, keeping the matches that start
     * before {@code e-1} (before {@code e} at the text end), the search going on from the last match's end.
     */
    private void findLead(int p, String lower, int[] windows, int w, List<Candidate> out) {
        int last = 0;
        for (int i = 0; i < w; i += 2) {
            int a = windows[i];
            int e = windows[i + 1];
            int rs = Math.max(0, a - 1);
            if (!holdsNeeded(p, lower, rs, e)) continue; // no match starting in [rs, e) lies in this stretch
            int limit = e < lower.length() ? e - 1 : e;
            String text = lower.substring(rs, e);
            Matcher m = (rs == 0 ? regex[p] : lead[p].inner).get().matcher(text);
            int at = Math.max(rs, last) - rs;
            while (at <= text.length() && m.find(at)) {
                if (rs + m.start() >= limit) break; // owned by the next window
                if (m.end() > m.start()) {
                    for (int r : rulesOf[p]) out.add(new Candidate(r, rs + m.start(), rs + m.end()));
                    last = rs + m.end();
                    at = m.end();
                } else {
                    at = m.end() + 1;
                }
            }
        }
    }

    /** {@link StarPrefix#find} in the window {@code [a, e)}, fed with the literal occurrences inside it. */
    private void findStar(int p, String lower, int a, int e, int[] hits, int count, List<Candidate> out) {
        // room for every hit (count / 3 triples), not grown as needed: the growth branch, untaken until a fifth
        // start came, was an unstable_if trap that threw away PatternSet.find (60 KB of C2 code) in cold runs
        int[] starts = new int[count / 3];
        int k = 0;
        for (int i = 0; i < count; i += 3) {
            if (hits[i] != p || hits[i + 1] < a || hits[i + 1] >= e) continue;
            starts[k++] = hits[i + 1];
        }
        Arrays.sort(starts, 0, k);
        int[][] pairs = {new int[4]};
        int n = star[p].find(lower, a, e, starts, k, pairs, 0);
        for (int i = 0; i < n; i += 2) {
            for (int r : rulesOf[p]) out.add(new Candidate(r, pairs[0][i], pairs[0][i + 1]));
        }
    }

    /** Just after the first delimiter at or after {@code from}, or the text end. */
    private static int windowEnd(String lower, CharTest delims, int from) {
        int b = from;
        while (b < lower.length() && !delims.has(lower.charAt(b))) b++;
        return Math.min(b + 1, lower.length());
    }

    /**
     * Puts the pair (a, e) into {@code pairs[0, n)}, pairs sorted by start then end without duplicates, unless it is
     * there already; returns the new size ({@code pairs} has room for one more pair). Windows come nearly in order
     * (literal hits by end), so this is an insertion sort as they come: the pairs {@link #sortedDistinctPairs} gives.
     * (In place of that sort of a {@code long[]} on the hot path, whose loops C2 compiled into
     * {@code findInClauses} and then threw away once on a failed profile predicate, recompiling the whole method.)
     */
    static int insertPair(int[] pairs, int n, int a, int e) {
        int at = n;
        while (at > 0 && (pairs[at - 2] > a || (pairs[at - 2] == a && pairs[at - 1] > e))) at -= 2;
        if (at > 0 && pairs[at - 2] == a && pairs[at - 1] == e) return n; // already there
        System.arraycopy(pairs, at, pairs, at + 2, n - at);
        pairs[at] = a;
        pairs[at + 1] = e;
        return n + 2;
    }

    /** Pairs (start, end) sorted by start, duplicates removed (windows are disjoint or equal): the reference for tests. */
    static int[] sortedDistinctPairs(int[] pairs, int n) {
        long[] keys = new long[n / 2];
        for (int i = 0; i < n; i += 2) keys[i / 2] = ((long) pairs[i] << 32) | pairs[i + 1];
        Arrays.sort(keys);
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) continue;
            out[k++] = (int) (keys[i] >>> 32);
            out[k++] = (int) keys[i];
        }
        return Arrays.copyOf(out, k);
    }

    /** All non-overlapping non-empty finds of expression {@code p} in {@code lower[from, to)}, left to right. */
    private void find(int p, String lower, int from, int to, List<Candidate> out) {
        if (anchored[p] != null) {
            int[][] pairs = {new int[4]};
            int n = anchored[p].find(regex[p].get(), lower, from, to, pairs, 0);
            for (int i = 0; i < n; i += 2) {
                for (int r : rulesOf[p]) out.add(new Candidate(r, pairs[0][i], pairs[0][i + 1]));
            }
            return;
        }
        String text = from == 0 && to == lower.length() ? lower : lower.substring(from, to);
        Matcher m = regex[p].get().matcher(text);
        int at = 0;
        while (at <= text.length() && m.find(at)) {
            if (m.end() > m.start()) {
                for (int r : rulesOf[p]) out.add(new Candidate(r, from + m.start(), from + m.end()));
                at = m.end();
            } else {
                at = m.end() + 1;
            }
        }
    }
}
