package org.policylens.analysis.ingest;

import java.util.Arrays;

/**
 * The lines of a text, each trimmed of surrounding white space, with the page each is on
 * (pages are separated by form feeds). Offsets are into the text; blank lines are kept (empty span).
 */
final class TextLines {
    private final String text;
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] page = new int[64];
    private int[] begin = new int[64];
    private final int count;
    private final int pages;

    TextLines(String text) {
        this.text = text;
        int n = text.length();
        int lines = 0;
        int pageNo = 0;
        int i = 0;
        while (i <= n) {
            int j = i;
            while (j < n && !isBreak(text.charAt(j))) j++;
            int s = i;
            int e = j;
            while (s < e && isSpace(text.charAt(s))) s++;
            while (e > s && isSpace(text.charAt(e - 1))) e--;
            if (lines == start.length) grow();
            start[lines] = s;
            end[lines] = e;
            page[lines] = pageNo;
            begin[lines] = i;
            lines++;
            if (j < n && text.charAt(j) == '\f') pageNo++;
            if (j < n && text.charAt(j) == '\r' && j + 1 < n && text.charAt(j + 1) == '\n') j++;
            i = j + 1;
        }
        this.count = lines;
        this.pages = pageNo + 1;
    }

    private void grow() {
        int len = start.length * 2;
        start = Arrays.copyOf(start, len);
        end = Arrays.copyOf(end, len);
        page = Arrays.copyOf(page, len);
        begin = Arrays.copyOf(begin, len);
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** White space of any width (ASCII, U+3000, NBSP, U+2000..U+200B, BOM), excluding line breaks. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u202F' || c == '\u205F' || c == '\uFEFF' || c == '\u000B';
    }

    String text() {
        return text;
    }

    int count() {
        return count;
    }

    int pages() {
        return pages;
    }

    int start(int line) {
        return start[line];
    }

    int end(int line) {
        return end[line];
    }

    int page(int line) {
        return page[line];
    }

    boolean blank(int line) {
        return start[line] == end[line];
    }

    int length(int line) {
        return end[line] - start[line];
    }

    /** The line that contains {@code offset} (binary search). */
    int lineAt(int offset) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (begin[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The trimmed content of a line (allocates: use for candidate lines only). */
    String content(int line) {
        return text.substring(start[line], end[line]);
    }
}
