package org.policylens.rules.match;

import static org.policylens.rules.match.PatternWindows.ALL;
import static org.policylens.rules.match.PatternWindows.CANDIDATES;

/**
 * Which of {@link PatternWindows#CANDIDATES} (bit {@code i} = {@code CANDIDATES.charAt(i)}) a char, a bracket
 * class or a class escape of RE2 syntax may match. A conservative reader for {@link PatternWindows}: an item it
 * does not know (a POSIX class, an unknown {@code \p{...}}) may match every delimiter and certainly matches none;
 * syntax it does not follow throws. Delimiters have no case variants, so case folding changes nothing here.
 */
final class DelimiterClasses {

    private final String re;
    /** Reading position in {@code re}; after a read, just past what was read. */
    int pos;

    DelimiterClasses(String re, int pos) {
        this.re = re;
        this.pos = pos;
    }

    /**
     * Reads {@code \d \w \s \pX \p{Name}} or a negation at {@code pos}: the delimiters it may match when
     * {@code wantMay}, else those it certainly matches (the same set when the class is known).
     */
    int classEscape(char e, boolean wantMay) {
        pos += 2;
        String name = null;
        if (e == 'p' || e == 'P') {
            if (pos < re.length() && re.charAt(pos) == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new IllegalArgumentException("unclosed \\p{");
                name = re.substring(pos + 1, close);
                pos = close + 1;
            } else {
                name = String.valueOf(re.charAt(pos++));
            }
            if (name.startsWith("^")) {
                name = name.substring(1);
                e = e == 'p' ? 'P' : 'p';
            }
        }
        int in; // delimiters certainly inside the positive class; -1 = unknown
        switch (Character.toLowerCase(e)) {
            case 'd', 'w', 's' -> in = 0; // ASCII classes in RE2: no delimiter is a digit, word char or space
            default -> in = name.equals("Han") ? hanMembers() : -1;
        }
        boolean negated = Character.isUpperCase(e);
        if (in < 0) return wantMay ? ALL : 0; // unknown property: may match anything, certain of nothing
        return negated ? ALL & ~in : in;
    }

    private static int hanMembers() {
        int m = 0;
        for (int i = 0; i < CANDIDATES.length(); i++) {
            if (Character.UnicodeScript.of(CANDIDATES.charAt(i)) == Character.UnicodeScript.HAN) m |= 1 << i;
        }
        return m;
    }

    /** A bracket class at {@code pos}: the delimiters it may match. */
    int charClass() {
        pos++; // [
        boolean negated = false;
        if (pos < re.length() && re.charAt(pos) == '^') {
            negated = true;
            pos++;
        }
        int may = 0;  // delimiters an item may contain
        int sure = 0; // delimiters an item certainly contains
        boolean first = true;
        while (pos < re.length() && (re.charAt(pos) != ']' || first)) {
            first = false;
            char c = re.charAt(pos);
            if (re.startsWith("[:", pos)) {
                int close = re.indexOf(":]", pos);
                if (close < 0) throw new IllegalArgumentException("unclosed [:");
                pos = close + 2;
                may = ALL; // POSIX classes: not followed
                continue;
            }
            if (c == '\\') {
                if (pos + 1 >= re.length()) throw new IllegalArgumentException("trailing backslash");
                char e = re.charAt(pos + 1);
                if (e == 'p' || e == 'P' || "dDwWsS".indexOf(e) >= 0) {
                    int save = pos;
                    int m = classEscape(e, true);
                    int end = pos;
                    pos = save;
                    int s = classEscape(e, false);
                    if (pos != end) throw new IllegalStateException("class escape read twice differently");
                    may |= m;
                    sure |= s;
                    continue;
                }
                if ("\\.*+?()[]{}|^$/-".indexOf(e) < 0) throw new IllegalArgumentException("escape \\" + e);
                c = e;
                pos++;
            }
            pos++;
            char lo = c;
            char hi = c;
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                hi = re.charAt(pos + 1);
                if (hi == '\\' || hi == '[') throw new IllegalArgumentException("range to an escape");
                pos += 2;
            }
            int r = rangeMembers(lo, hi);
            may |= r;
            sure |= r;
        }
        if (pos >= re.length()) throw new IllegalArgumentException("unclosed class");
        pos++; // ]
        return negated ? ALL & ~sure : may;
    }

    static int rangeMembers(char lo, char hi) {
        int m = 0;
        for (int i = 0; i < CANDIDATES.length(); i++) {
            char d = CANDIDATES.charAt(i);
            if (lo <= d && d <= hi) m |= 1 << i;
        }
        return m;
    }

    static int literal(char c) {
        return rangeMembers(c, c);
    }
}
