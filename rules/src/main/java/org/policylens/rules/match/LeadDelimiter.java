package org.policylens.rules.match;

/**
 * Clause windows for a pattern {@code (^|[C])R} that starts its match at the text start or on a delimiter
 * {@code C}, such as {@code (^|[。；，])[^。；，]*、[^。；，]*等...(项目|企业)...}: {@link PatternWindows} finds no
 * delimiter for it (the leading delimiter is read and then more), so RE2/J searched the whole unit. Here the
 * windows are those of {@code R} alone (cut after each delimiter {@code D} that {@code R} reads only as its last
 * char), each widened by the one char before it, and RE2/J searches only the windows that hold the literals.
 *
 * <p><b>Why the matches are the same.</b> Let the window {@code W = [a, e)} own the starts {@code [a-1, e-1)}
 * ({@code [0, e-1)} when {@code a = 0}; the last window also owns {@code e-1}): the windows' owned starts are
 * disjoint, in order, and cover the text. A match starting at {@code s > 0} reads a {@code C} char at {@code s}
 * ({@code ^} fails there), then {@code R} from {@code s+1}; a match at {@code 0} is {@code R}'s from 0 (the
 * {@code ^} branch, preferred) or else a {@code C} char and {@code R} from 1. By {@link PatternWindows}' reasoning
 * {@code R}'s ways from a position stay inside that position's window and test {@code $} only at the text end, so
 * a match at a start owned by {@code W} lies in {@code [max(0, a-1), e)} and is the same when RE2/J runs on that
 * stretch alone: with the whole pattern when the stretch starts at 0 (its {@code ^} is the text's), else with
 * {@code [C]R} (the same match at every start {@code > 0}); matches the stretch gives at starts {@code W} does not
 * own are dropped. The one exception, a first window {@code [0, 1)} (the text starts with a delimiter of {@code R})
 * holding a literal, falls back to the whole text. The literals a match needs lie in {@code R}'s part, inside the
 * owner's stretch, so a window without them (or whose stretch lacks one of the required sets) owns no match;
 * no {@link TailCheck} is run (on a clause it cost more than the search it saved). The find loop goes on from the last match's end across windows, as RE2/J's
 * left-to-right loop would. Conditions: {@code C} plain delimiter candidates, no {@code |} outside groups,
 * {@code R} without {@code ^}, {@code \b}, {@code \B}, {@code \A} or flags, with delimiters and not start-only.
 */
final class LeadDelimiter {

    /** {@code R}'s window delimiters. */
    final String delimiters;
    /** {@code [C]R}: the pattern without its {@code ^} branch, for stretches that do not start at 0. */
    final LocalPattern inner;

    private LeadDelimiter(String delimiters, LocalPattern inner) {
        this.delimiters = delimiters;
        this.inner = inner;
    }

    /** The form of {@code pattern}, or null when it does not apply. */
    static LeadDelimiter of(String pattern) {
        if (!pattern.startsWith("(^|[")) return null;
        int close = pattern.indexOf("])", 4);
        if (close <= 4) return null;
        String c = pattern.substring(4, close);
        for (int i = 0; i < c.length(); i++) {
            if (PatternWindows.CANDIDATES.indexOf(c.charAt(i)) < 0) return null;
        }
        String r = pattern.substring(close + 2);
        if (r.isEmpty() || "*+?{".indexOf(r.charAt(0)) >= 0) return null; // the group repeated
        if (StarPrefix.hasTopLevelBar(r) || !LiteralStarts.lookaroundFree(r)) return null;
        PatternWindows.Bounds bounds = PatternWindows.of(r);
        if (bounds.delimiters().isEmpty() || bounds.startOnly()) return null;
        try {
            return new LeadDelimiter(bounds.delimiters(), new LocalPattern("[" + c + "]" + r));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
