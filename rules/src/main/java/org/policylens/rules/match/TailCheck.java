package org.policylens.rules.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap necessary condition for a pattern that is a concatenation {@code A B} whose tail {@code B} starts with
 * literals: {@code ([一-鿿]{2,6}、){1,7}[一-鿿]{2,6}等[一-鿿]{0,4}(服务业|行业|产业)} has the tail
 * {@code 等[一-鿿]{0,4}(服务业|行业|产业)}. Every match of the pattern is a match of {@code A} followed by one of
 * {@code B}, so a window in which {@code B} matches nowhere holds no match of the pattern, and the costly full
 * run is skipped there. {@code B} is tried anchored at its literals ({@link LiteralStarts}), which is cheap. Only
 * for patterns without a top-level {@code |}; the tail is the longest one that starts with literals and is more
 * than literals (a tail of literals only is already checked by the required sets of {@link PatternSet}).
 */
final class TailCheck {

    private final LocalPattern tail;
    private final LiteralStarts starts;

    private TailCheck(LocalPattern tail, LiteralStarts starts) {
        this.tail = tail;
        this.starts = starts;
    }

    /** The check for {@code pattern}, or null when there is no suitable tail. */
    static TailCheck of(String pattern) {
        List<Integer> parts = topLevelParts(pattern);
        if (parts == null) return null;
        for (int i = 1; i < parts.size(); i++) {
            String b = pattern.substring(parts.get(i));
            if (!hasSyntax(b)) return null; // literals only from here on: nothing to gain
            LiteralStarts s = LiteralStarts.of(b);
            if (s == null) continue;
            try {
                return new TailCheck(new LocalPattern(b), s);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether the tail matches somewhere in {@code lower[a, e)}. */
    boolean mayMatch(String lower, int a, int e) {
        return starts.matchesIn(tail.get(), lower, a, e);
    }

    /** Whether {@code re} has more than literals and groups: a class, escape, wildcard or repeat. */
    private static boolean hasSyntax(String re) {
        for (int i = 0; i < re.length(); i++) {
            if ("[\\.*+?{$".indexOf(re.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** Start offsets of the top-level parts (atom plus its repeat), or null on a top-level {@code |} or doubt. */
    static List<Integer> topLevelParts(String re) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < re.length()) {
            out.add(i);
            char c = re.charAt(i);
            if (c == '|' || c == ')' || c == '*' || c == '+' || c == '?' || c == '{') return null;
            if (c == '(') {
                int depth = 0;
                int j = i;
                for (; j < re.length(); j++) {
                    char d = re.charAt(j);
                    if (d == '\\') {
                        j++;
                    } else if (d == '[') {
                        j = classEnd(re, j);
                        if (j < 0) return null;
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')' && --depth == 0) {
                        break;
                    }
                }
                if (j >= re.length()) return null;
                i = j + 1;
            } else if (c == '[') {
                int j = classEnd(re, i);
                if (j < 0) return null;
                i = j + 1;
            } else if (c == '\\') {
                if (i + 1 >= re.length()) return null;
                char e = re.charAt(i + 1);
                if (e == 'p' || e == 'P') {
                    if (i + 2 < re.length() && re.charAt(i + 2) == '{') {
                        int close = re.indexOf('}', i);
                        if (close < 0) return null;
                        i = close + 1;
                    } else {
                        i += 3;
                    }
                } else {
                    i += 2;
                }
            } else {
                i++;
            }
            if (i < re.length() && "*+?".indexOf(re.charAt(i)) >= 0) i++;
            else if (i < re.length() && re.charAt(i) == '{') {
                int close = re.indexOf('}', i);
                if (close < 0 || !re.substring(i + 1, close).matches("[0-9]+(,[0-9]*)?")) return null;
                i = close + 1;
            }
            if (i < re.length() && re.charAt(i) == '?') i++; // lazy
        }
        return out;
    }

    /** Index of the {@code ]} closing the class opened at {@code open}, or -1. */
    private static int classEnd(String re, int open) {
        int j = open + 1;
        if (j < re.length() && re.charAt(j) == '^') j++;
        if (j < re.length() && re.charAt(j) == ']') j++;
        while (j < re.length() && re.charAt(j) != ']') {
            if (re.charAt(j) == '\\') j++;
            else if (re.startsWith("[:", j)) j = re.indexOf(":]", j) + 1;
            j++;
        }
        return j < re.length() ? j : -1;
    }
}
