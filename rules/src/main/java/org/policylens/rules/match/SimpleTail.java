package org.policylens.rules.match;

/**
 * A tail {@code T} of {@link StarPrefix} run without RE2/J, when it has the small form of the clause patterns'
 * endings: {@code ([^、等。；，][^。；，]*|[。；，]|$)}, a group of alternatives (or one alternative alone), each a run
 * of single-char items (a plain char, a class {@code [...]} or {@code [^...]} of plain chars) of which only the last
 * may carry a {@code *}, or {@code $} alone. Nothing may follow the group.
 *
 * <p><b>Why the matches are the same.</b> Such an alternative has at most one way through it at a given start: the
 * single-char items read one code point each (RE2/J reads code points, and so does this class), and the only repeat
 * is a greedy star with nothing after it, whose preferred way is the longest run of chars in its set, which always
 * succeeds. RE2's leftmost-first rule prefers the earlier alternative of a group, so the anchored match of
 * {@code T} is that of the first alternative that matches, which is what {@link #match} returns. {@code $} is
 * tested at the end of the text {@code T} runs on, as {@link StarPrefix} runs it (the window end). RE2/J runs
 * case-insensitively: chars must be without case variants or ASCII letters, which stand for their case-folding orbit
 * ({@link #fold}); none may be regex syntax. No ranges, escapes, {@code ^}
 * outside a class start, nested groups, {@code +}, {@code ?} or counted repeats: those are left to RE2/J.
 */
final class SimpleTail {

    /** Per alternative, per item: the chars of the item's set. */
    private final String[][] sets;
    /** Per alternative, per item: the set is negated ({@code [^...]}). */
    private final boolean[][] negated;
    /** Per alternative: its last item is starred. */
    private final boolean[] starred;
    /** Per alternative: it is {@code $} alone. */
    private final boolean[] end;

    private SimpleTail(String[][] sets, boolean[][] negated, boolean[] starred, boolean[] end) {
        this.sets = sets;
        this.negated = negated;
        this.starred = starred;
        this.end = end;
    }

    /** The fast form of {@code tail}, or null when it is not of the form above. */
    static SimpleTail of(String tail) {
        String body = tail;
        if (tail.startsWith("(")) {
            if (tail.startsWith("(?") || !tail.endsWith(")")) return null;
            body = tail.substring(1, tail.length() - 1);
            if (body.indexOf('(') >= 0 || body.indexOf(')') >= 0) return null;
        } else if (tail.indexOf('|') >= 0 || tail.indexOf('(') >= 0 || tail.indexOf(')') >= 0) {
            return null; // a top-level | outside a group, or a group not at the start
        }
        java.util.List<String> alts = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i <= body.length(); i++) { // split at | outside classes
            if (i < body.length() && body.charAt(i) == '[') {
                int close = body.indexOf(']', i + 1);
                if (close < 0) return null;
                i = close;
            } else if (i == body.length() || body.charAt(i) == '|') {
                alts.add(body.substring(from, i));
                from = i + 1;
            }
        }
        int n = alts.size();
        String[][] sets = new String[n][];
        boolean[][] negated = new boolean[n][];
        boolean[] starred = new boolean[n];
        boolean[] end = new boolean[n];
        for (int a = 0; a < n; a++) {
            String alt = alts.get(a);
            if (alt.equals("$")) {
                end[a] = true;
                sets[a] = new String[0];
                negated[a] = new boolean[0];
                continue;
            }
            if (alt.isEmpty()) return null;
            java.util.List<String> items = new java.util.ArrayList<>();
            java.util.List<Boolean> neg = new java.util.ArrayList<>();
            int i = 0;
            while (i < alt.length()) {
                char c = alt.charAt(i);
                if (c == '[') {
                    int close = alt.indexOf(']', i + 1);
                    boolean not = alt.startsWith("^", i + 1);
                    String chars = alt.substring(i + (not ? 2 : 1), close);
                    if (chars.isEmpty()) return null;
                    StringBuilder folded = new StringBuilder();
                    for (int k = 0; k < chars.length(); k++) {
                        String f = "\\[]-^".indexOf(chars.charAt(k)) >= 0 ? null : fold(chars.charAt(k));
                        if (f == null) return null;
                        folded.append(f);
                    }
                    items.add(folded.toString());
                    neg.add(not);
                    i = close + 1;
                } else {
                    String f = "\\.[]{}()*+?^$|-#&~".indexOf(c) >= 0 ? null : fold(c);
                    if (f == null) return null;
                    items.add(f);
                    neg.add(false);
                    i++;
                }
                if (i < alt.length() && alt.charAt(i) == '*') {
                    if (i + 1 != alt.length()) return null; // a star only on the last item
                    starred[a] = true;
                    i++;
                }
            }
            sets[a] = items.toArray(new String[0]);
            negated[a] = new boolean[items.size()];
            for (int k = 0; k < items.size(); k++) negated[a][k] = neg.get(k);
        }
        return new SimpleTail(sets, negated, starred, end);
    }

    /** A literal char: no case variants, no surrogate, no regex syntax. */
    static boolean plain(char c) {
        return "\\.[]{}()*+?^$|-#&~".indexOf(c) < 0 && caseless(c);
    }

    /** A char of a class: as {@link #plain}, but only {@code \ [ ] - ^} are syntax there ({@code !?*.} are not). */
    static boolean plainInClass(char c) {
        return "\\[]-^".indexOf(c) < 0 && caseless(c);
    }

    /**
     * The chars RE2/J's case-insensitive matching takes {@code c} for: {@code c} alone when it has no case variant,
     * both cases of an ASCII letter (with the Kelvin sign for k and the long s for s, the two non-ASCII chars that
     * fold to ASCII letters); null for any other char (other letters with case, surrogates, controls, U+FFFD).
     */
    static String fold(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            char lo = Character.toLowerCase(c);
            String both = "" + lo + Character.toUpperCase(c);
            return lo == 'k' ? both + '\u212A' : lo == 's' ? both + '\u017F' : both;
        }
        return caseless(c) ? String.valueOf(c) : null;
    }

    private static boolean caseless(char c) {
        return c > ' ' && c != '\uFFFD' && !Character.isSurrogate(c) && (Character.isIdeographic(c)
                || !Character.isLetter(c) && Character.toLowerCase(c) == c && Character.toUpperCase(c) == c);
    }

    /** The end of the anchored match of the tail on {@code s[p, e)} ({@code $} at {@code e}), or -1 if none. */
    int match(String s, int p, int e) {
        for (int a = 0; a < sets.length; a++) {
            if (end[a]) {
                if (p == e) return p;
                continue;
            }
            int at = p;
            String[] items = sets[a];
            int last = starred[a] ? items.length - 1 : items.length;
            boolean ok = true;
            for (int k = 0; k < last && ok; k++) {
                if (at >= e) {
                    ok = false;
                } else {
                    int cp = codePointAt(s, at, e);
                    if (!in(items[k], negated[a][k], cp)) ok = false;
                    else at += Character.charCount(cp);
                }
            }
            if (!ok) continue;
            if (starred[a]) {
                while (at < e) {
                    int cp = codePointAt(s, at, e);
                    if (!in(items[last], negated[a][last], cp)) break;
                    at += Character.charCount(cp);
                }
            }
            return at;
        }
        return -1;
    }

    /** The code point at {@code at} of the text {@code s[.., e)} (a high surrogate before {@code e} stands alone). */
    private static int codePointAt(String s, int at, int e) {
        char c = s.charAt(at);
        if (Character.isHighSurrogate(c) && at + 1 < e && Character.isLowSurrogate(s.charAt(at + 1))) {
            return Character.toCodePoint(c, s.charAt(at + 1));
        }
        return c;
    }

    private static boolean in(String set, boolean not, int cp) {
        boolean has = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && set.indexOf(cp) >= 0;
        return has != not;
    }
}
