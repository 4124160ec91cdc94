package org.policylens.rules.match;

/**
 * Delimiters a regular expression cannot match across, so that RE2/J may run on one clause instead of the whole
 * unit. For {@code [^。，]*(安全生产|廉政)([^、等。，]*|[。，]|$)} every match holds 。 or ， at most as its very last char,
 * so a match starting in a clause ends inside that clause or on the delimiter that closes it.
 *
 * <p><b>Why running on windows gives the same matches.</b> Cut the text after every delimiter {@code d} of the
 * returned set: window = a delimiter-free run plus the delimiter that closes it (or the text end). The reader
 * proves, for each such {@code d}, that any path through the expression that consumes {@code d} consumes nothing
 * more and tests no assertion afterwards. So every path starting at a position {@code s} of a window stays inside
 * the window: it reaches the window end only by consuming the closing delimiter, and then stops. Paths, and the
 * order RE2's leftmost-first rule ranks them in, depend only on the chars read and the assertions tested; the only
 * assertions allowed are {@code $} and {@code \z}, which test the text end, and a window end that is not the text
 * end is never tested. Hence the preferred match at every start is the same in the window and in the whole text,
 * and the left-to-right "find, continue at its end" loop emits the same non-empty matches. {@code \A}, {@code \b},
 * {@code \B} and multi-line flags would look outside the window: such patterns get no delimiters. {@code ^} is
 * allowed only when every way through the pattern tests it before reading a char: then every match starts at 0,
 * only the first window can hold one, and there {@code ^} sees the true text start.
 *
 * <p>A conservative reader (com.google.re2j has no public syntax tree): anything it does not follow means "may
 * match any char", and an unreadable pattern gets no delimiters (RE2/J reports real syntax errors itself).
 * Delimiters are chars without case variants, so case-insensitive matching does not change the reasoning.
 */
final class PatternWindows {

    /** The delimiters considered: sentence and clause punctuation (full- and half-width). */
    static final String CANDIDATES = "。；;，,！？!?：:、";
    static final int ALL = (1 << CANDIDATES.length()) - 1;

    private final String re;
    private int pos;
    private boolean sawBegin;

    private PatternWindows(String re) {
        this.re = re;
    }

    /**
     * Where a pattern's matches can lie. {@code delimiters}: the chars of {@link #CANDIDATES} its matches hold only
     * as their last char ("" = none: run on the whole text). {@code startOnly}: every match starts at offset 0
     * (each way through the pattern tests {@code ^} before reading a char), so only the first window can hold one.
     */
    record Bounds(String delimiters, boolean startOnly) {
        static final Bounds NONE = new Bounds("", false);
    }

    /** The bounds of {@code pattern}; {@link Bounds#NONE} when the reader cannot prove any. */
    static Bounds of(String pattern) {
        Node n;
        boolean begin;
        try {
            PatternWindows p = new PatternWindows(pattern);
            n = p.alternation();
            if (p.pos != pattern.length()) return Bounds.NONE;
            begin = p.sawBegin;
        } catch (RuntimeException e) {
            return Bounds.NONE;
        }
        if (begin && !n.anchored) return Bounds.NONE; // ^ inside: a window start would pass for the text start
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CANDIDATES.length(); i++) {
            if ((n.ok & (1 << i)) != 0) sb.append(CANDIDATES.charAt(i));
        }
        return sb.length() == 0 ? Bounds.NONE : new Bounds(sb.toString(), n.anchored);
    }

    /** Shorthand for {@code of(pattern).delimiters()}. */
    static String delimiters(String pattern) {
        return of(pattern).delimiters();
    }

    /**
     * What the reader knows of a sub-expression. {@code eats}: delimiters some char-consuming atom of it may match.
     * {@code ok}: delimiters that, whenever consumed, are consumed last (nothing read or tested after them inside
     * it). {@code empty}: no atom and no assertion at all.
     */
    private record Node(int eats, int ok, boolean empty, boolean anchored) {
        static final Node NOTHING = new Node(0, ALL, true, false);
        static final Node ASSERTION = new Node(0, ALL, false, false);
        static final Node BEGIN = new Node(0, ALL, false, true);

        Node(int eats, int ok, boolean empty) {
            this(eats, ok, empty, false);
        }

        static Node atom(int eats) {
            return new Node(eats, ALL, false);
        }
    }

    private Node alternation() {
        Node n = concatenation();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            Node b = concatenation();
            n = new Node(n.eats | b.eats, n.ok & b.ok, n.empty && b.empty, n.anchored && b.anchored);
        }
        return n;
    }

    private Node concatenation() {
        int eats = 0;
        int ok = ALL;
        boolean empty = true;
        Boolean anchored = null; // decided by the first part
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Node part = quantified();
            if (anchored == null) anchored = part.anchored;
            if (!part.empty) ok &= ~eats; // a delimiter read earlier is followed by this part
            ok &= part.ok | ~part.eats;
            eats |= part.eats;
            empty &= part.empty;
        }
        return new Node(eats, ok, empty, anchored != null && anchored);
    }

    private Node quantified() {
        Node atom = atom();
        if (pos >= re.length()) return atom;
        char c = re.charAt(pos);
        int max;
        if (c == '*' || c == '+') {
            pos++;
            max = Integer.MAX_VALUE;
        } else if (c == '?') {
            pos++;
            max = 1;
        } else if (c == '{' && isRepeat()) {
            int close = re.indexOf('}', pos);
            String[] body = re.substring(pos + 1, close).split(",", -1);
            max = body.length == 1 ? Integer.parseInt(body[0]) : body[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(body[1]);
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < re.length() && re.charAt(pos) == '?') pos++; // lazy: other ranking, same paths
        if (pos < re.length() && "*+?{".indexOf(re.charAt(pos)) >= 0) throw new IllegalArgumentException("nested repeat");
        if (max <= 1) return new Node(atom.eats, atom.ok, atom.empty); // may be skipped: no longer anchored
        return new Node(atom.eats, atom.ok & ~atom.eats, atom.empty); // a repeat may read more after a delimiter
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
                    if (re.startsWith("?:", pos)) {
                        pos += 2;
                    } else if (re.startsWith("?P<", pos) || re.startsWith("?<", pos)) {
                        pos = re.indexOf('>', pos) + 1;
                    } else {
                        return flags();
                    }
                }
                Node inner = alternation();
                if (pos >= re.length() || re.charAt(pos) != ')') throw new IllegalArgumentException("unclosed group");
                pos++;
                return inner;
            }
            case '[' -> {
                DelimiterClasses reader = new DelimiterClasses(re, pos);
                int eats = reader.charClass();
                pos = reader.pos;
                return Node.atom(eats);
            }
            case '.' -> {
                pos++;
                return Node.atom(ALL);
            }
            case '$' -> {
                pos++;
                return Node.ASSERTION;
            }
            case '\\' -> {
                return escape();
            }
            case '^' -> {
                pos++;
                sawBegin = true;
                return Node.BEGIN;
            }
            case '*', '+', '?', ')', '{' -> throw new IllegalArgumentException("unexpected " + c);
            default -> {
                pos++;
                return Node.atom(DelimiterClasses.literal(c));
            }
        }
    }

    /** {@code (?flags)} or {@code (?flags:...)}: only i, s and U (no m: line anchors would look outside). */
    private Node flags() {
        int p = pos + 1;
        while (p < re.length() && "isU-".indexOf(re.charAt(p)) >= 0) p++;
        if (p >= re.length()) throw new IllegalArgumentException("unclosed flags");
        if (re.charAt(p) == ')') {
            pos = p + 1;
            return Node.NOTHING;
        }
        if (re.charAt(p) != ':') throw new IllegalArgumentException("flag " + re.charAt(p));
        pos = p + 1;
        Node inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') throw new IllegalArgumentException("unclosed group");
        pos++;
        return inner;
    }

    private Node escape() {
        if (pos + 1 >= re.length()) throw new IllegalArgumentException("trailing backslash");
        char e = re.charAt(pos + 1);
        if (e == 'z') {
            pos += 2;
            return Node.ASSERTION;
        }
        if (e == 'p' || e == 'P' || "dDwWsS".indexOf(e) >= 0) {
            DelimiterClasses reader = new DelimiterClasses(re, pos);
            int eats = reader.classEscape(e, true);
            pos = reader.pos;
            return Node.atom(eats);
        }
        if ("\\.*+?()[]{}|^$/-".indexOf(e) >= 0) {
            pos += 2;
            return Node.atom(DelimiterClasses.literal(e));
        }
        throw new IllegalArgumentException("escape \\" + e); // \A \b \B \x \Q ...: not followed
    }

}
