package org.policylens.analysis.ingest;

/**
 * Splits a paragraph of folded text into sentence spans: after 。！？!? and ；;, with following sentence ends
 * and closing quotes or brackets (”’」』）) kept with the sentence; not inside a short quoted name
 * (“你好！重庆”). A span longer than {@link #MAX_CHARS}
 * is cut at its last comma or space before the limit (or at the limit). Iterative, linear, no allocation
 * per character.
 */
final class SentenceSplitter {

    /** Longest unit; a longer run without sentence end is cut (no real sentence is this long). */
    static final int MAX_CHARS = 2000;
    private static final int SHORT_QUOTE = 20;

    /** Receives each sentence span {@code [start, end)}, trimmed of white space. */
    interface Sink {
        void sentence(int start, int end);
    }

    private SentenceSplitter() {
    }

    static void split(char[] t, int start, int end, Sink sink) {
        int i = start;
        while (i < end) {
            while (i < end && Chars.blank(t[i])) i++;
            if (i >= end) return;
            int s = i;
            int e = sentenceEnd(t, s, end);
            i = e;
            int te = e;
            while (te > s && Chars.blank(t[te - 1])) te--;
            if (te > s) sink.sentence(s, te);
        }
    }

    /**
     * The end of the sentence starting at {@code s}: after its terminal and the closers that follow, else the cut
     * point. A method of its own (the per-character loop) so that the JIT compiles it once, not the whole split
     * loop nest twice (an on-stack-replacement entry and the normal compile).
     */
    private static int sentenceEnd(char[] t, int s, int end) {
        int i = s;
        int limit = (int) Math.min(end, (long) s + MAX_CHARS);
        int quotes = 0;
        while (i < limit) {
            char c = t[i];
            if (c == '“') quotes++;
            else if (c == '”' && quotes > 0) quotes--;
            if (Chars.terminal(c) && !(quotes > 0 && insideShortQuote(t, i + 1, end))) {
                i++;
                while (i < end && (Chars.terminal(t[i]) || Chars.closer(t[i]))) i++;
                return i;
            }
            i++;
        }
        return i >= end ? end : cutPoint(t, s, i);
    }

    /** A name in quotes (“你好！重庆”): the quote closes within {@link #SHORT_QUOTE} chars, no sentence end first. */
    private static boolean insideShortQuote(char[] t, int from, int end) {
        if (from < end && (Chars.closer(t[from]) || Chars.terminal(t[from]))) return false;
        for (int i = from, n = Math.min(end, from + SHORT_QUOTE); i < n; i++) {
            if (t[i] == '”') return true;
            if (t[i] == '“' || Chars.terminal(t[i]) || Chars.lineBreak(t[i])) return false;
        }
        return false;
    }

    /** The last comma or space in {@code (s, limit)}, after it; else {@code limit}. */
    private static int cutPoint(char[] t, int s, int limit) {
        for (int i = limit - 1; i > s + MAX_CHARS / 2; i--) {
            char c = t[i];
            if (c == '，' || c == ',' || c == '、' || Chars.blank(c)) return i + 1;
        }
        return Character.isHighSurrogate(t[limit - 1]) ? limit - 1 : limit;
    }
}
