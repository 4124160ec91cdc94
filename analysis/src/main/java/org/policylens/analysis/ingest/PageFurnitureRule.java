package org.policylens.analysis.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running headers, footers and page numbers of paged text (PDF pages are separated by form feeds).
 * A line among the first or last two lines of a page is furniture when the same line (digits ignored)
 * opens or closes at least half of the pages (at least two), or when it is a bare page number
 * (12, - 12 -, 第12页, 12/30). Rule ids {@code page-header}, {@code page-number}.
 */
final class PageFurnitureRule implements CleaningRule {

    static final String HEADER = "page-header";
    static final String NUMBER = "page-number";
    private static final int EDGE = 2;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–\\s]*(第\\s*)?[0-9]{1,4}\\s*(页)?\\s*([/／]\\s*[0-9]{1,4}\\s*页?|共\\s*[0-9]{1,4}\\s*页)?[-—–\\s]*"
                    + "|(Page|page|PAGE)\\s+[0-9]{1,4}(\\s+of\\s+[0-9]{1,4})?|[-—–]\\s*[ivxlcdm]{1,6}\\s*[-—–]");

    @Override
    public void apply(Removals r) {
        TextLines lines = r.lines();
        if (lines.pages() < 2) return;
        int[][] edges = edgeLines(r);
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (int[] pageEdges : edges) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int line : pageEdges) if (line >= 0) seen.add(key(lines, line));
            for (String k : seen) pagesWithKey.merge(k, 1, Integer::sum);
        }
        int needed = Math.max(2, (lines.pages() + 1) / 2);
        for (int[] pageEdges : edges) {
            for (int line : pageEdges) {
                if (line < 0) continue;
                String content = lines.content(line);
                if (PAGE_NUMBER.matcher(content).matches()) r.removeLine(line, NUMBER);
                else if (pagesWithKey.getOrDefault(key(lines, line), 0) >= needed) r.removeLine(line, HEADER);
            }
        }
    }

    /** For each page, its first and last {@link #EDGE} live lines (-1 where a page has fewer). */
    private static int[][] edgeLines(Removals r) {
        TextLines lines = r.lines();
        int[][] edges = new int[lines.pages()][2 * EDGE];
        for (int[] e : edges) java.util.Arrays.fill(e, -1);
        int[] firstCount = new int[lines.pages()];
        for (int i = 0; i < lines.count(); i++) {
            int p = lines.page(i);
            if (r.live(i) && firstCount[p] < EDGE) edges[p][firstCount[p]++] = i;
        }
        int[] lastCount = new int[lines.pages()];
        for (int i = lines.count() - 1; i >= 0; i--) {
            int p = lines.page(i);
            if (r.live(i) && lastCount[p] < EDGE) {
                boolean already = false;
                for (int k = 0; k < EDGE; k++) already |= edges[p][k] == i;
                if (!already) edges[p][EDGE + lastCount[p]] = i;
                lastCount[p]++;
            }
        }
        return edges;
    }

    private static String key(TextLines lines, int line) {
        return lines.content(line).replaceAll("[0-9]+", "#").replaceAll("\\s+", "");
    }
}
