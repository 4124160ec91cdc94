package org.policylens.rules.match;

import com.google.re2j.Matcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A faster way to run a clause-bounded pattern of the form {@code [^X]*R} whose rest {@code R} starts with a
 * group of literals, such as {@code [^。，]*(安全生产|廉政)(...)}: RE2/J's machine would step all the literals'
 * threads at every char of the clause; here {@code R} alone is tried, anchored, at the few places where one of
 * its first literals occurs.
 *
 * <p><b>Why the matches are the same.</b> Take a window of {@link PatternWindows} (cut after each delimiter the
 * pattern cannot cross). The find loop stands at {@code from}; let {@code limit} be the first {@code X} char at or
 * after it (or the window end). A match starting at any {@code s} in {@code [from, limit]} reads {@code [^X]*} up
 * to at most {@code limit} and then {@code R}, which starts at some {@code q} in {@code [s, limit]}: so if
 * {@code R} matches at some {@code q} in {@code [from, limit]}, a match starts at {@code from} itself, the leftmost
 * one; if at none, no match starts in {@code [from, limit]} and the loop goes on from {@code limit + 1}. (When every
 * char of {@code X} is a window delimiter, as in the first patterns of this form, {@code limit} is the window's
 * closing delimiter or end, and that step ends the window.) At {@code from} RE2's leftmost-first rule ranks the
 * ways through {@code [^X]*R} as backtracking would: the greedy star tries the longest stretch first, so the match
 * is {@code R}'s preferred anchored match at the largest {@code q <= limit} where {@code R} matches at all.
 * {@code R} starts with one of the literals, so {@code q} is the start of an occurrence of one; each literal starts
 * with one the automaton reports, so it reported {@code q}. No {@code |} outside the group, no lazy star. A
 * leading {@code ^} is allowed: then the only match can start at 0 (in the first window, whose start is the text
 * start), and the loop ends after it. {@code X} holds plain chars; RE2/J matches case-insensitively, so an ASCII
 * letter in it stands for its case-folding orbit ({@link SimpleTail#fold}: {@code [^。G远]} excludes g and G), and
 * other letters with case are not taken. The group's literals may hold optional chars ({@code 崇高的?敬意}), taken
 * as the plain literals they stand for in leftmost-first order ({@link #variants}).
 */
final class StarPrefix {

    /** Chars the leading class excludes (ASCII letters with their case variants). */
    private final String excluded;
    /** {@link #excluded} as a {@link CharTest}. */
    private final CharTest excludedTest;
    private final LocalPattern rest;
    /** The pattern starts with {@code ^}: one match at most, at offset 0. */
    private final boolean atStart;
    /**
     * When {@code R} is exactly {@code (a|b|...)[^Y]*} (or {@code a[^Y]*}) with plain chars {@code Y} none of the literals holds: its
     * literals and {@code Y}. Then {@code R}'s anchored match at a literal ends at the first {@code Y} char after
     * it (or the window end): the literal holds no {@code Y} char and the greedy star reads up to the first one,
     * whichever literal the alternation takes. So no RE2/J run is needed; null otherwise.
     */
    private final String[] restLiterals;
    private final String restStop;
    /**
     * When {@code R} is {@code (a|b|...)T} (and not the form above): the literals in the order of the alternation, and
     * {@code T} alone (null when empty). RE2's leftmost-first rule makes {@code R}'s anchored match at {@code q} the one
     * through the FIRST literal, in that order, that occurs at {@code q} and after which {@code T} matches anchored (with
     * {@code T}'s own preferred match). So {@code T}, a small machine, runs after each literal found there, instead of
     * {@code R}, whose machine holds every literal: a 93-word none clause of the default pack cost 4 us per occurrence
     * that way; and when {@code T} has the form of {@link SimpleTail}, that runs instead of RE2/J. Null when {@code T} could look before its start ({@code ^}, escapes such as {@code \b}).
     */
    private final String[] groupLiterals;
    private final LocalPattern tail;
    /** {@code T} run without RE2/J ({@link SimpleTail}) when it has that form; null otherwise. */
    private final SimpleTail simpleTail;

    private StarPrefix(String excluded, LocalPattern rest, boolean atStart, String[] restLiterals, String restStop,
                       String[] groupLiterals, LocalPattern tail, SimpleTail simpleTail) {
        this.excluded = excluded;
        this.excludedTest = new CharTest(excluded);
        this.rest = rest;
        this.atStart = atStart;
        this.restLiterals = restLiterals;
        this.restStop = restStop;
        this.groupLiterals = groupLiterals;
        this.tail = tail;
        this.simpleTail = simpleTail;
    }

    /**
     * The fast form of {@code pattern}, or null when it does not apply: {@code delimiters} are its window
     * delimiters ({@link PatternWindows}), {@code literals} those the automaton reports for it.
     */
    static StarPrefix of(String pattern, String delimiters, List<String> literals) {
        boolean atStart = pattern.startsWith("^");
        if (atStart) pattern = pattern.substring(1);
        if (!pattern.startsWith("[^")) return null;
        int close = pattern.indexOf(']', 2);
        if (close <= 2) return null;
        StringBuilder folded = new StringBuilder(); // plain chars, ASCII letters as their case-folding orbit
        for (int i = 2; i < close; i++) {
            char c = pattern.charAt(i);
            String f = "\\[-^".indexOf(c) >= 0 ? null : SimpleTail.fold(c);
            if (f == null) return null;
            folded.append(f);
        }
        String excluded = folded.toString();
        if (close + 1 >= pattern.length() || pattern.charAt(close + 1) != '*') return null;
        String rest = pattern.substring(close + 2);
        if (rest.isEmpty() || "*+?{".indexOf(rest.charAt(0)) >= 0) return null; // lazy or nested repeat
        if (hasTopLevelBar(rest)) return null;
        Set<String> first = firstLiterals(rest);
        if (first == null || !reported(first, literals)) return null;
        String stop = literalsThenStar(rest);
        String[] restLiterals = null;
        if (stop != null) {
            restLiterals = first.toArray(new String[0]);
            for (String l : restLiterals) {
                for (int i = 0; i < l.length(); i++) if (stop.indexOf(l.charAt(i)) >= 0) stop = null;
                if (stop == null) break;
            }
            if (stop == null) restLiterals = null;
        }
        String[] groupLiterals = null;
        String tail = null;
        if (restLiterals == null && rest.startsWith("(")) {
            int group = rest.indexOf(')');
            tail = rest.substring(group + 1);
            if (selfContained(tail)) groupLiterals = groupVariants(rest.substring(1, group)); // firstLiterals checked them
            else tail = null;
        }
        try {
            return new StarPrefix(excluded, new LocalPattern(rest), atStart, restLiterals, stop, groupLiterals,
                    tail == null || tail.isEmpty() ? null : new LocalPattern(tail),
                    tail == null || tail.isEmpty() ? null : SimpleTail.of(tail));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether {@code re} matches the same run on a text cut just before its start: no {@code ^} (other than a class's
     * negation) and no escapes ({@code \b}, {@code \B} and others), the only syntax that could look before it.
     */
    static boolean selfContained(String re) {
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\' || c == '^' && (i == 0 || re.charAt(i - 1) != '[')) return false;
        }
        return true;
    }

    /**
     * For {@code rest} of the form {@code (a|b|...)[^Y]*}, with {@code Y} plain chars without case variants (no
     * ranges, escapes or brackets), returns {@code Y}; null for any other form.
     */
    static String literalsThenStar(String rest) {
        int close = rest.startsWith("(") ? rest.indexOf(')') : literalRun(rest) - 1; // last char of the literals
        if (close < 0 || !rest.startsWith("[^", close + 1) || !rest.endsWith("]*")) return null;
        String stop = rest.substring(close + 3, rest.length() - 2);
        if (stop.isEmpty()) return null;
        for (int i = 0; i < stop.length(); i++) {
            char c = stop.charAt(i);
            if ("\\[]-^".indexOf(c) >= 0 || Character.isLetter(c) || Character.isSurrogate(c)
                    || Character.toLowerCase(c) != c || Character.toUpperCase(c) != c) return null;
        }
        return stop;
    }

    /**
     * The literals {@code rest} starts with: a leading group {@code (a|b|...)} of plain caseless literals (CJK
     * ideographs and other chars without case that are not regex syntax) that is not repeated, or a leading run of
     * such chars whose last char is not repeated ({@code 政府治理体系[^。]*}); null otherwise.
     */
    static Set<String> firstLiterals(String rest) {
        if (!rest.startsWith("(")) { // a plain literal: 政府治理体系[^。]*
            int run = literalRun(rest);
            if (run == 0 || run < rest.length() && "*+?{".indexOf(rest.charAt(run)) >= 0) return null;
            return Set.of(rest.substring(0, run));
        }
        if (rest.startsWith("(?")) return null;
        int close = rest.indexOf(')');
        if (close < 0 || close + 1 < rest.length() && "*+?{".indexOf(rest.charAt(close + 1)) >= 0) return null;
        Set<String> out = new HashSet<>();
        for (String alt : rest.substring(1, close).split("\\|", -1)) {
            List<String> variants = variants(alt);
            if (variants == null) return null;
            out.addAll(variants);
        }
        return out;
    }

    /**
     * The strings an alternative of plain caseless chars, each optionally followed by a greedy {@code ?}, matches
     * ({@code 崇高的?敬意}: 崇高的敬意, 崇高敬意), in the order RE2's leftmost-first rule prefers them: a {@code ?} tries
     * its char first, earlier choices rank first. Null for any other form or when the empty string is one of them.
     */
    static List<String> variants(String alt) {
        List<String> out = new ArrayList<>();
        out.add("");
        int i = 0;
        while (i < alt.length()) {
            char c = alt.charAt(i);
            boolean caseless = Character.isIdeographic(c) || !Character.isLetter(c) && Character.toLowerCase(c) == c
                    && Character.toUpperCase(c) == c && c > ' ' && !Character.isSurrogate(c);
            if ("\\.[]{}()*+?^$|-#&~".indexOf(c) >= 0 || !caseless) return null;
            boolean optional = i + 1 < alt.length() && alt.charAt(i + 1) == '?';
            List<String> next = new ArrayList<>();
            for (String v : out) { // v then c (preferred), then v alone: lexicographic order of the choices
                next.add(v + c);
                if (optional) next.add(v);
            }
            out = next;
            i += optional ? 2 : 1;
        }
        if (out.contains("") || out.size() > 64) return null;
        return out;
    }

    /** The variants of every alternative of a group body, alternatives in order (see {@link #variants}). */
    static String[] groupVariants(String body) {
        List<String> out = new ArrayList<>();
        for (String alt : body.split("\\|", -1)) out.addAll(variants(alt));
        return out.toArray(new String[0]);
    }

    /**
     * Whether every occurrence of each of {@code first} is the occurrence of a literal the automaton reports for the
     * pattern: each starts with one of {@code literals} (崇高的敬意 with 崇高).
     */
    static boolean reported(Set<String> first, List<String> literals) {
        for (String f : first) {
            boolean any = false;
            for (int i = 0; i < literals.size() && !any; i++) any = f.startsWith(literals.get(i));
            if (!any) return false;
        }
        return true;
    }

    /** Length of the run of plain caseless literal chars {@code re} starts with (0 if none). */
    private static int literalRun(String re) {
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            boolean caseless = Character.isIdeographic(c) || !Character.isLetter(c) && Character.toLowerCase(c) == c
                    && Character.toUpperCase(c) == c && c > ' ' && !Character.isSurrogate(c);
            if ("\\.[]{}()*+?^$|-#&~".indexOf(c) >= 0 || !caseless) break;
            i++;
        }
        return i;
    }

    /** Whether {@code re} has a {@code |} outside every group and class. */
    static boolean hasTopLevelBar(String re) {
        int depth = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int j = i + 1;
                if (j < re.length() && re.charAt(j) == '^') j++;
                if (j < re.length() && re.charAt(j) == ']') j++;
                while (j < re.length() && re.charAt(j) != ']') j += re.charAt(j) == '\\' ? 2 : 1;
                i = j;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithOne(String lower, int q, int e) {
        for (String l : restLiterals) {
            if (q + l.length() <= e && lower.startsWith(l, q)) return true;
        }
        return false;
    }

    /** The end of {@code R}'s anchored match at {@code q} by the literals in order, then {@code T}; -1 if none. */
    private int groupThenTail(String lower, int q, int e) {
        for (String l : groupLiterals) {
            int after = q + l.length();
            if (after > e || !lower.startsWith(l, q)) continue;
            if (tail == null) return after;
            if (simpleTail != null) {
                int end = simpleTail.match(lower, after, e);
                if (end >= 0) return end;
                continue;
            }
            Matcher m = tail.get().matcher(lower.substring(after, e));
            if (m.lookingAt()) return after + m.end();
        }
        return -1;
    }

    /** The first offset at or after {@code q} holding a {@link #restStop} char, or {@code e}. */
    /**
     * The end of the match whose rest starts at the last literal start {@code q} in {@code [from, limit]} (trying
     * them from the last down) where the rest matches, or -1. (This loop and {@link #starLimit}'s are methods of their
     * own: written as loops of {@link #find}, C2 compiled it with a loop limit check that failed once in every run and
     * threw the compiled method away.)
     */
    private int lastEnd(String lower, int from, int limit, int e, int[] starts, int count) {
        for (int k = 0; k < count; k++) { // from the last start down, counting up: C2's limit check on the
            int q = starts[count - 1 - k];  // count-down form failed in every run and recompiled the method
            if (q < from || q > limit) continue;
            if (restLiterals != null) {
                if (startsWithOne(lower, q, e)) return stopAfter(lower, q, e);
                continue;
            }
            if (groupLiterals != null) {
                int end = groupThenTail(lower, q, e);
                if (end >= 0) return end;
                continue;
            }
            Matcher m = rest.get().matcher(lower.substring(q, e));
            if (m.lookingAt()) return q + m.end();
        }
        return -1;
    }

    /**
     * The first position in {@code [from, e)} holding an excluded char, or {@code e} (see {@link #lastEnd}).
     */
    private int starLimit(String lower, int from, int e) {
        for (int i = from; i < e; i++) {
            if (excludedTest.has(lower.charAt(i))) return i;
        }
        return e;
    }

    private int stopAfter(String lower, int q, int e) {
        int i = q;
        while (i < e && restStop.indexOf(lower.charAt(i)) < 0) i++;
        return i;
    }

    /**
     * The matches in the window {@code lower[a, e)}, as (start, end) pairs added to {@code out} from {@code n};
     * {@code starts} are the sorted start offsets of the literal occurrences in the window. Returns the new size.
     */
    int find(String lower, int a, int e, int[] starts, int count, int[][] out, int n) {
        if (atStart && a > 0) return n;
        int from = a;
        while (from < e && (!atStart || from == 0)) {
            int limit = starLimit(lower, from, e); // the star reads [from, limit)
            int end = lastEnd(lower, from, limit, e, starts, count);
            if (end < 0) { // no match starts in [from, limit]: the next one can start after the excluded char
                from = limit + 1;
                continue;
            }
            if (n + 2 > out[0].length) out[0] = Arrays.copyOf(out[0], out[0].length * 2);
            out[0][n++] = from;
            out[0][n++] = end;
            from = end;
        }
        return n;
    }
}
