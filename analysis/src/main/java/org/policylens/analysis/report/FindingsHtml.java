package org.policylens.analysis.report;

import java.util.List;

/** The "What the tests say" section: findings grouped by test, notable ones first, the rest collapsed. */
final class FindingsHtml {
    private FindingsHtml() {
    }

    /** Test kinds in reading order, with their headings. */
    private static final List<String[]> KINDS = List.of(
            new String[]{"chisq", "Do the groups differ overall?", "not significant"},
            new String[]{"residuals", "Which group stands out on which theme", "close to the others"},
            new String[]{"pairwise", "Pairs of groups", "not significant"},
            new String[]{"trend", "Trends over the years", "no clear trend"},
            new String[]{"jsd", "How different the theme mixes are", ""},
            new String[]{"robustness", "Does the choice of measure matter?", "rankings agree"});
    /** Notable sentences shown open per kind; the rest of them sit in a collapsed list. */
    private static final int OPEN_PER_KIND = 8;

    static void append(StringBuilder b, List<Finding> findings) {
        b.append("<section id=\"findings\"><h2>What the tests say</h2>\n");
        if (findings.isEmpty()) {
            b.append("<p class=\"muted\">No test results in this output folder (tests_*.csv are written by ")
                    .append("<code>compare</code> when there are at least two groups).</p></section>\n");
            return;
        }
        b.append("<p class=\"muted\">Significant means p &lt; 0.05 after Holm correction for the number of ")
                .append("comparisons in each family. Residuals are adjusted standardised residuals of the group \u00d7 ")
                .append("primary-theme table (beyond \u00b12 is unusual). \u201csentences\u201d shows the units behind a result.</p>\n");
        for (String[] kind : KINDS) {
            List<Finding> all = findings.stream().filter(f -> f.kind().equals(kind[0])).toList();
            if (all.isEmpty()) {
                continue;
            }
            List<Finding> notable = all.stream().filter(Finding::notable).toList();
            List<Finding> rest = all.stream().filter(f -> !f.notable()).toList();
            b.append("<h3>").append(Html.esc(kind[1])).append("</h3>\n");
            if (!notable.isEmpty()) {
                findingList(b, notable.subList(0, Math.min(OPEN_PER_KIND, notable.size())), true);
                if (notable.size() > OPEN_PER_KIND) {
                    b.append("<details><summary>").append(notable.size() - OPEN_PER_KIND).append(" more</summary>\n");
                    findingList(b, notable.subList(OPEN_PER_KIND, notable.size()), true);
                    b.append("</details>\n");
                }
            } else if (!kind[2].isEmpty()) {
                b.append("<p>Nothing significant.</p>\n");
            }
            if (!rest.isEmpty()) {
                if (kind[2].isEmpty()) {
                    findingList(b, rest, false);
                } else {
                    b.append("<details><summary>").append(rest.size()).append(' ').append(Html.esc(kind[2]))
                            .append("</summary>\n");
                    findingList(b, rest, false);
                    b.append("</details>\n");
                }
            }
        }
        b.append("</section>\n");
    }

    private static void findingList(StringBuilder b, List<Finding> list, boolean notable) {
        b.append("<ul class=\"findings").append(notable ? " notable" : "").append("\">\n");
        list.forEach(f -> finding(b, f));
        b.append("</ul>\n");
    }

    private static void finding(StringBuilder b, Finding f) {
        b.append("<li data-kind=\"").append(Html.esc(f.kind())).append("\"");
        if (!f.theme().isEmpty()) {
            b.append(" data-theme=\"").append(Html.esc(f.theme())).append("\"");
        }
        b.append(">").append(Html.esc(f.text()));
        if (!f.theme().isEmpty() && !f.group().isEmpty()) {
            b.append(" <button type=\"button\" class=\"show\" data-kind=\"group\" data-groupby=\"").append(Html.esc(f.groupBy()))
                    .append("\" data-group=\"").append(Html.esc(f.group())).append("\" data-theme=\"")
                    .append(Html.esc(f.theme())).append("\">sentences</button>");
        }
        b.append("</li>\n");
    }
}
