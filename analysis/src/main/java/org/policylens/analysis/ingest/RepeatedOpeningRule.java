package org.policylens.analysis.ingest;

/**
 * A web page that prints the report's title and opening sentence again at its end (a teaser of the same
 * page). Scanning back from the end, the live lines whose text (white space ignored) already occurs in the
 * opening of the document (its first 1500 characters) are removed, provided the block includes the title line; at most
 * {@link #MAX_LINES} live lines. Rule id {@code repeated-opening}.
 *
 * <p>Also a title block printed twice at the top with site chrome between the copies (a page header with the
 * title, a breadcrumb, then the article's own title block): the document's first live lines, up to
 * {@link #MAX_TITLE_LINES} short lines without a sentence end and followed by removed lines only, are removed when
 * the next live lines repeat them one for one (white space ignored). A line also repeats a line that ends with it
 * (2026年宁夏回族自治区政府工作报告 / 政府工作报告: the page title names the year and region, the article's title
 * does not); of such a pair the shorter line is removed, so the fuller title stays. Rule id {@code repeated-title}.
 */
final class RepeatedOpeningRule implements CleaningRule {

    static final String ID = "repeated-opening";
    static final String TITLE = "repeated-title";
    private static final int MAX_TITLE_LINES = 4;
    /** The shorter copy of a title that the other copy ends with has at least this many characters. */
    private static final int SHORT_TITLE_MIN = 4;
    private static final int MAX_LINES = 6;
    /** The title and opening sentence are within this many characters of the start. */
    private static final int OPENING_CHARS = 1500;

    @Override
    public void apply(Removals r) {
        repeatedTitle(r);
        TextLines lines = r.lines();
        int title = firstLive(r);
        if (title < 0) return;
        if (lines.length(title) > 200) return;
        String titleText = compact(lines.content(title));
        String opening = opening(r);
        int live = 0;
        boolean sawTitle = false;
        int firstOfBlock = -1;
        for (int i = lines.count() - 1; i > title; i--) {
            if (lines.blank(i)) continue;
            if (lines.length(i) > OPENING_CHARS) break;
            String c = compact(lines.content(i));
            if (c.equals(titleText)) sawTitle = true;
            if (r.lineRemoved(i)) continue;
            int at = opening.indexOf(c);
            if (++live > MAX_LINES || at < 0 || at + c.length() > compactStart(r, i)) break;
            firstOfBlock = i;
        }
        if (!sawTitle || firstOfBlock < 0) return;
        for (int i = firstOfBlock; i < lines.count(); i++) if (r.live(i)) r.removeLine(i, ID);
    }

    /** The first copy of a title block printed twice around site chrome at the top of the document. */
    private static void repeatedTitle(Removals r) {
        TextLines lines = r.lines();
        int n = lines.count();
        int[] block = new int[MAX_TITLE_LINES];
        int size = 0;
        int i = 0;
        for (; i < n; i++) {
            if (lines.blank(i)) continue;
            if (r.lineRemoved(i)) {
                if (size == 0) continue; // chrome before the first copy
                break;
            }
            if (size == MAX_TITLE_LINES || lines.length(i) > 120 || SiteChromeRule.endsSentence(lines, i)) return;
            block[size++] = i;
        }
        if (size == 0 || i == n) return;
        while (i < n && !r.live(i)) i++;
        int[] copy = new int[size];
        for (int k = 0; k < size; k++, i++) {
            while (i < n && lines.blank(i)) i++;
            if (i == n || !r.live(i) || !sameTitle(compact(lines.content(i)), compact(lines.content(block[k])))) {
                return;
            }
            copy[k] = i;
        }
        for (int k = 0; k < size; k++) {
            r.removeLine(compact(lines.content(copy[k])).length() < compact(lines.content(block[k])).length()
                    ? copy[k] : block[k], TITLE);
        }
    }

    /**
     * Whether two title lines (white space removed) are the same title: equal, or one is the end of the other and at
     * least {@link #SHORT_TITLE_MIN} characters (2026年宁夏回族自治区政府工作报告 / 政府工作报告: the page names the
     * year and region, the article does not).
     */
    private static boolean sameTitle(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= SHORT_TITLE_MIN && longer.endsWith(shorter);
    }

    /** Characters of live text (white space removed) before line {@code line}. */
    private static int compactStart(Removals r, int line) {
        TextLines lines = r.lines();
        int n = 0;
        for (int i = 0; i < line && n < OPENING_CHARS; i++) {
            if (!r.live(i)) continue;
            for (int k = lines.start(i); k < lines.end(i); k++) if (!TextLines.isSpace(lines.text().charAt(k))) n++;
        }
        return n;
    }

    private static int firstLive(Removals r) {
        for (int i = 0; i < r.lines().count(); i++) if (r.live(i)) return i;
        return -1;
    }

    /** The first {@link #OPENING_CHARS} characters of live text, white space removed. */
    private static String opening(Removals r) {
        TextLines lines = r.lines();
        StringBuilder sb = new StringBuilder(OPENING_CHARS);
        for (int i = 0; i < lines.count() && sb.length() < OPENING_CHARS; i++) {
            if (r.live(i)) {
                int end = Math.min(lines.end(i), lines.start(i) + OPENING_CHARS);
                sb.append(compact(lines.text().substring(lines.start(i), end)));
            }
        }
        return sb.toString();
    }

    private static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!TextLines.isSpace(c)) sb.append(c);
        }
        return sb.toString();
    }
}
