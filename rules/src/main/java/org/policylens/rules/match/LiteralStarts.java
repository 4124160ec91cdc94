package org.policylens.rules.match;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.util.List;

/**
 * A faster way to run a pattern every match of which starts with one of a few literals, such as
 * {@code (教育|医疗|养老)(、(教育|医疗|养老)){1,7}等...}: instead of RE2/J's unanchored search, which steps the
 * machine's threads at every char of the window, the pattern is tried anchored ({@code lookingAt}) only where one
 * of those literals starts.
 *
 * <p><b>Why the matches are the same.</b> The find loop asks for the leftmost match starting at or after a
 * position; RE2 returns, at the leftmost start {@code s} where the pattern matches at all, the way through it that
 * leftmost-first ranks first, which is what an anchored match at {@code s} returns. Every match starts with one of
 * the literals, so {@code s} is the first literal position at or after the loop's position where the anchored
 * match succeeds; trying those positions in order finds it. The anchored run reads the same chars as the search
 * (the window from {@code s} on) and the window end is the same, so {@code $} tests the same place. Assertions
 * that look before their position ({@code ^}, {@code \b}, {@code \B}, {@code \A}) and flag groups are not
 * allowed: the anchored run starts its text at {@code s}. Matches are never empty (they start with a literal),
 * so the loop continues at each match's end, as the search loop does.
 */
final class LiteralStarts {

    private final String[] literals;

    private LiteralStarts(String[] literals) {
        this.literals = literals;
    }

    /** The fast form of {@code pattern}, or null when it does not apply. */
    static LiteralStarts of(String pattern) {
        if (!lookaroundFree(pattern)) return null;
        List<String> first = PatternPrefilter.firstLiterals(pattern);
        if (first.isEmpty()) return null;
        return new LiteralStarts(first.toArray(new String[0]));
    }

    /** No {@code ^} outside a class start, no {@code \b \B \A}, no {@code (?} other than {@code (?:}. */
    static boolean lookaroundFree(String re) {
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 < re.length() && "bBA".indexOf(re.charAt(i + 1)) >= 0) return false;
                i++;
            } else if (c == '^' && (i == 0 || re.charAt(i - 1) != '[')) {
                return false;
            } else if (c == '(' && re.startsWith("?", i + 1) && !re.startsWith("?:", i + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The matches of {@code regex} in the window {@code lower[a, e)}, as (start, end) pairs added to
     * {@code out[0]} from {@code n}; returns the new size.
     */
    int find(Pattern regex, String lower, int a, int e, int[][] out, int n) {
        int at = a;
        for (int q = a; q < e; q++) {
            if (q < at || !startsHere(lower, q, e)) continue;
            Matcher m = regex.matcher(lower.substring(q, e));
            if (!m.lookingAt() || m.end() == 0) continue;
            if (n + 2 > out[0].length) out[0] = java.util.Arrays.copyOf(out[0], out[0].length * 2);
            out[0][n++] = q;
            out[0][n++] = q + m.end();
            at = q + m.end();
        }
        return n;
    }

    /** Whether {@code regex} matches somewhere in {@code lower[a, e)} (the first success ends the search). */
    boolean matchesIn(Pattern regex, String lower, int a, int e) {
        for (int q = a; q < e; q++) {
            if (startsHere(lower, q, e) && regex.matcher(lower.substring(q, e)).lookingAt()) return true;
        }
        return false;
    }

    private boolean startsHere(String lower, int q, int e) {
        char c = lower.charAt(q);
        for (String l : literals) {
            if (l.charAt(0) == c && q + l.length() <= e && lower.startsWith(l, q)) return true;
        }
        return false;
    }
}
