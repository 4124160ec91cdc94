package org.policylens.rules.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literals a regular expression cannot match without: for {@code (增长|增速)[0-9*.]+(%|倍)} every match
 * contains 增长 or 增速, so the (comparatively slow) RE2/J machine runs only on units that contain one of them.
 *
 * <p>A conservative reading of RE2 syntax: literal chars that have no upper/lower-case variant (patterns are
 * matched case-insensitively), groups, alternation and quantifiers are understood; anything else (classes,
 * escapes like {@code \p{Han}}, ASCII letters) counts as "could be anything". When nothing is certain,
 * {@link #required} is empty and the pattern always runs.
 */
public final class PatternPrefilter {

    /**
     * The most alternatives a required set may hold. The literals go into the pack's one key automaton, so a long
     * list costs nothing per unit; the cap only stops products of groups ({@code (a|b)(c|d)...}) from growing.
     */
    public static final int MAX_LITERALS = 256;

    private final String re;
    private int pos;

    private PatternPrefilter(String re) {
        this.re = re;
    }

    /**
     * Whether {@code pattern} has literals every match needs, so that it runs only on units holding one of them;
     * a pattern without runs on every unit (for the linter: such a pattern is slow).
     */
    public static boolean gated(String pattern) {
        return !required(pattern).isEmpty();
    }

    /** Literals of which every match contains at least one; empty when there is no such guarantee. */
    static List<String> required(String pattern) {
        try {
            PatternPrefilter p = new PatternPrefilter(pattern);
            Node n = p.alternation();
            if (p.pos != pattern.length() || n.req == null) return List.of();
            return List.copyOf(n.req);
        } catch (RuntimeException e) {
            return List.of(); // syntax this reader does not follow: no prefilter (RE2/J reports real errors)
        }
    }

    /**
     * Every literal set of which each match contains at least one member: the set {@link #required} returns and
     * those of the other parts of a concatenation ({@code X等Y(行业|产业)} needs 等 and one of 行业, 产业, as well
     * as whatever X and Y need). Empty when there is no guarantee. Sets in the order found, without duplicates.
     */
    static List<List<String>> requiredSets(String pattern) {
        try {
            PatternPrefilter p = new PatternPrefilter(pattern);
            Node n = p.alternation();
            if (p.pos != pattern.length() || n.req == null) return List.of();
            Set<Set<String>> sets = new LinkedHashSet<>(n.all);
            sets.add(n.req);
            List<List<String>> out = new ArrayList<>();
            for (Set<String> s : sets) {
                if (!s.isEmpty() && !s.contains("") && s.size() <= MAX_LITERALS) out.add(List.copyOf(s));
            }
            return List.copyOf(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Literals each match starts with: {@code (教育|医疗)(、(教育|医疗)){1,7}等} starts with 教育 or 医疗. Empty when
     * there is no such guarantee (a leading class, optional part or assertion).
     */
    static List<String> firstLiterals(String pattern) {
        try {
            PatternPrefilter p = new PatternPrefilter(pattern);
            Node n = p.alternation();
            if (p.pos != pattern.length() || n.first == null || n.first.contains("")) return List.of();
            return List.copyOf(n.first);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Whether {@code text} contains one of {@code literals} (true when there are none). */
    static boolean mayMatch(String text, List<String> literals) {
        if (literals.isEmpty()) return true;
        for (int i = 0; i < literals.size(); i++) {
            if (text.contains(literals.get(i))) return true;
        }
        return false;
    }

    /**
     * What is known about a sub-expression: {@code exact} = every string it can match (small sets only),
     * {@code req} = literals one of which each of its matches contains; null = unknown. {@code all}: every
     * literal set known to be needed (each match contains a member of each), {@code req} among them if set.
     */
    private record Node(Set<String> exact, Set<String> req, List<Set<String>> all, Set<String> first) {
        static final Node UNKNOWN = new Node(null, null, List.of(), null);
        static final Node EMPTY = new Node(Set.of(""), null, List.of(), null);

        Node(Set<String> exact, Set<String> req) {
            this(exact, req, req == null ? List.of() : List.of(req), null);
        }

        /** The literals each match starts with ({@code first}, or the exact strings), null if unknown. */
        Set<String> starts() {
            if (exact != null) return exact.isEmpty() || exact.contains("") ? null : exact;
            return first;
        }

        /** The literals each match of this node contains one of: its exact strings, else its requirement. */
        Set<String> own() {
            return exact != null && !exact.contains("") && !exact.isEmpty() ? exact : req;
        }
    }

    private Node alternation() {
        List<Node> alts = new ArrayList<>();
        alts.add(concatenation());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alts.add(concatenation());
        }
        if (alts.size() == 1) return alts.get(0);
        Set<String> exact = new LinkedHashSet<>();
        Set<String> req = new LinkedHashSet<>();
        for (Node a : alts) {
            if (exact != null) {
                if (a.exact == null) exact = null;
                else exact.addAll(a.exact);
            }
            if (req != null) {
                Set<String> r = a.exact != null && !a.exact.contains("") ? a.exact : a.req;
                if (r == null) req = null;
                else req.addAll(r);
            }
        }
        if (exact != null && exact.size() > MAX_LITERALS) exact = null;
        if (req != null && req.size() > MAX_LITERALS) req = null;
        Set<String> first = new LinkedHashSet<>();
        for (Node a : alts) {
            if (first == null || a.starts() == null) first = null;
            else first.addAll(a.starts());
        }
        if (first != null && first.size() > MAX_LITERALS) first = null;
        return new Node(exact, req, req == null ? List.of() : List.of(req), first);
    }

    private Node concatenation() {
        List<Node> parts = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            parts.add(quantified());
        }
        // candidates: cross products of maximal runs of exact parts, and each inexact part's own requirement
        Set<String> best = null;
        Set<String> run = Set.of("");
        boolean allExact = true;
        Set<String> leading = null; // the run of exact parts the concatenation starts with, once it ends
        for (Node p : parts) {
            if (p.exact != null) {
                Set<String> next = cross(run, p.exact);
                if (next == null) { // too many combinations: keep what the run had, start a new one
                    if (allExact) leading = run;
                    allExact = false;
                    best = better(best, run);
                    run = p.exact;
                } else {
                    run = next;
                }
            } else {
                if (allExact) leading = run;
                allExact = false;
                best = better(best, run);
                run = Set.of("");
                best = better(best, p.req);
            }
        }
        best = better(best, run);
        List<Set<String>> all = new ArrayList<>();
        for (Node p : parts) {
            all.addAll(p.all);
            if (p.own() != null) all.add(p.own());
        }
        if (best != null) all.add(best);
        for (int i = all.size() - 1; i >= 0; i--) { // removeIf as a loop: no lambda class spun at start-up
            Set<String> x = all.get(i);
            if (x.isEmpty() || x.contains("") || x.size() > MAX_LITERALS) all.remove(i);
        }
        Set<String> first = parts.isEmpty() ? null : parts.get(0).starts();
        if (allExact) leading = run;
        if (leading != null && !leading.isEmpty() && !leading.contains("")) first = leading; // longer: fewer places to try
        return new Node(allExact ? run : null, best, List.copyOf(new LinkedHashSet<>(all)), first);
    }

    private static Set<String> cross(Set<String> a, Set<String> b) {
        if (a.size() * b.size() > MAX_LITERALS) return null;
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) for (String y : b) out.add(x.concat(y)); // concat: no indy site spun at start-up
        return out;
    }

    /** The more selective of two requirements: longer shortest literal, then fewer literals. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (b == null || b.isEmpty() || b.contains("")) return a;
        if (a == null) return b;
        int la = shortest(a);
        int lb = shortest(b);
        if (lb != la) return lb > la ? b : a;
        return b.size() < a.size() ? b : a;
    }

    /** The length of the shortest literal, 0 for none. */
    static int shortest(Set<String> literals) {
        int min = Integer.MAX_VALUE;
        for (String s : literals) min = Math.min(min, s.length());
        return literals.isEmpty() ? 0 : min;
    }

    private Node quantified() {
        Node atom = atom();
        if (pos >= re.length()) return atom;
        char c = re.charAt(pos);
        int min;
        if (c == '*' || c == '?') {
            pos++;
            min = 0;
        } else if (c == '+') {
            pos++;
            min = 1;
        } else if (c == '{' && isRepeat()) {
            int close = re.indexOf('}', pos);
            String body = re.substring(pos + 1, close);
            min = Integer.parseInt(body.split(",", -1)[0]);
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < re.length() && re.charAt(pos) == '?') pos++; // lazy
        if (pos < re.length() && "*+?".indexOf(re.charAt(pos)) >= 0) throw new IllegalArgumentException("nested repeat");
        if (min == 0) return Node.UNKNOWN;
        Set<String> req = atom.exact != null && !atom.exact.contains("") ? atom.exact : atom.req;
        List<Set<String>> all = new ArrayList<>(atom.all);
        if (req != null) all.add(req);
        return new Node(null, req, List.copyOf(new LinkedHashSet<>(all)), atom.starts());
    }

    private boolean isRepeat() {
        int close = re.indexOf('}', pos);
        return close > pos + 1 && re.substring(pos + 1, close).matches("[0-9]+(,[0-9]*)?");
    }

    private Node atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> {
                pos++;
                if (re.startsWith("?", pos)) {
                    int colon = re.indexOf(':', pos);
                    int close = re.indexOf(')', pos);
                    if (re.startsWith("?P<", pos) || re.startsWith("?<", pos)) {
                        pos = re.indexOf('>', pos) + 1;
                    } else if (close >= 0 && (colon < 0 || close < colon)) { // (?i) flags: matches nothing
                        pos = close + 1;
                        return Node.EMPTY;
                    } else {
                        pos = colon + 1; // (?i:...) non-capturing with flags
                    }
                }
                Node inner = alternation();
                if (pos >= re.length() || re.charAt(pos) != ')') throw new IllegalArgumentException("unclosed group");
                pos++;
                return inner;
            }
            case '[' -> {
                skipClass();
                return Node.UNKNOWN;
            }
            case '.' -> {
                pos++;
                return Node.UNKNOWN;
            }
            case '^', '$' -> {
                pos++;
                return Node.EMPTY;
            }
            case '\\' -> {
                return escape();
            }
            case '*', '+', '?', ')' -> throw new IllegalArgumentException("unexpected " + c);
            default -> {
                pos++;
                return literal(c);
            }
        }
    }

    private Node escape() {
        if (pos + 1 >= re.length()) throw new IllegalArgumentException("trailing backslash");
        char e = re.charAt(pos + 1);
        if ("\\.*+?()[]{}|^$/-".indexOf(e) >= 0) {
            pos += 2;
            return literal(e);
        }
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
            pos += 2;
            return Node.EMPTY;
        }
        if (e == 'p' || e == 'P') {
            pos += 2;
            if (pos < re.length() && re.charAt(pos) == '{') pos = re.indexOf('}', pos) + 1;
            else pos++;
            return Node.UNKNOWN;
        }
        if ("dDwWsS".indexOf(e) >= 0) {
            pos += 2;
            return Node.UNKNOWN;
        }
        throw new IllegalArgumentException("escape \\" + e);
    }

    private void skipClass() {
        pos++; // [
        if (pos < re.length() && re.charAt(pos) == '^') pos++;
        if (pos < re.length() && re.charAt(pos) == ']') pos++;
        while (pos < re.length() && re.charAt(pos) != ']') {
            if (re.charAt(pos) == '\\') pos++;
            else if (re.startsWith("[:", pos)) pos = re.indexOf(":]", pos) + 1;
            pos++;
        }
        if (pos >= re.length()) throw new IllegalArgumentException("unclosed class");
        pos++; // ]
    }

    private static Node literal(char c) {
        if (Character.isSurrogate(c)) return Node.UNKNOWN;
        boolean caseless = Character.toLowerCase(c) == c && Character.toUpperCase(c) == c
                && Character.toTitleCase(c) == c && !Character.isLetter(c) || Character.isIdeographic(c);
        return caseless ? new Node(Set.of(String.valueOf(c)), null) : Node.UNKNOWN;
    }
}
