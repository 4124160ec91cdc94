package org.policylens.analysis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Assembles report.html: static sections (summary, findings, figures, run details) written here, interactive parts
 * (charts, tables, sentence explorer) drawn by the inline script from the embedded JSON. Every value from the outputs
 * goes through {@link Html#esc} or {@link Html#scriptJson}; a Content-Security-Policy forbids any network access.
 */
final class HtmlPage {
    static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

    /** Where the CJK font subset goes once the page (and so every character it shows) is known. */
    private static final String FONT_SLOT = "/*font*/\n";

    private final OutputFolder out;
    private final ReportData data;
    private final List<Finding> findings;
    private final Figures.Selection figures;
    private final boolean embedFont;
    private final StringBuilder b = new StringBuilder(1 << 16);

    HtmlPage(OutputFolder out, ReportData data, List<Finding> findings, Figures.Selection figures, boolean embedFont) {
        this.embedFont = embedFont;
        this.out = out;
        this.data = data;
        this.findings = findings;
        this.figures = figures;
    }

    String render() {
        JsonNode run = out.run();
        String pack = text(run.path("rule_pack"), "name") + " " + text(run.path("rule_pack"), "version");
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"PolicyLens ").append(Html.esc(text(run, "policylens_version"))).append("\">\n")
                .append("<title>PolicyLens report: ").append(data.documents().size()).append(" documents</title>\n")
                .append("<style>\n").append(FONT_SLOT).append(resource("report.css")).append("</style>\n</head>\n<body>\n");
        header(pack);
        FindingsHtml.append(b, findings);
        chartsSection();
        tablesSection();
        explorerSection();
        runSection(pack);
        b.append("<footer>Written by PolicyLens ").append(Html.esc(text(run, "policylens_version")))
                .append(". This file is self-contained: it loads nothing from the network.</footer>\n");
        data.appendScriptJson(b.append("<script type=\"application/json\" id=\"report-data\">"));
        b.append("</script>\n<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        int slot = b.indexOf(FONT_SLOT);
        String font = embedFont ? CjkFont.fontFace(b).orElse("") : "";
        b.replace(slot, slot + FONT_SLOT.length(), font);
        return b.toString();
    }

    private void header(String pack) {
        JsonNode run = out.run();
        b.append("<header><h1>PolicyLens report</h1>\n<p class=\"summary\">").append(data.documents().size())
                .append(" documents \u00b7 rule pack ").append(Html.esc(pack.trim()))
                .append(" \u00b7 PolicyLens ").append(Html.esc(text(run, "policylens_version"))).append("</p></header>\n")
                .append("<nav><a href=\"#findings\">Findings</a><a href=\"#charts\">Charts</a><a href=\"#tables\">Tables</a>")
                .append("<a href=\"#explorer\">Sentences</a><a href=\"#run\">What was analysed</a></nav>\n");
    }

    private void chartsSection() {
        b.append("<section id=\"charts\"><h2>Charts</h2>\n")
                .append("<p class=\"muted\">Bars show the value, whiskers the 95% interval where there is one. ")
                .append("Click a bar to see the sentences behind it.</p>\n")
                .append("<div class=\"controls\"><label>Measure <select id=\"chart-measure\"></select></label>")
                .append("<label>Part <select id=\"chart-part\"></select></label></div>\n")
                .append("<h3>Per document</h3><div id=\"chart-docs\" class=\"chart\"></div>\n")
                .append("<div id=\"group-chart-block\"><h3>Per group</h3><div class=\"controls\"><label>Group by ")
                .append("<select id=\"chart-groupby\"></select></label></div><div id=\"chart-groups\" class=\"chart\"></div></div>\n");
        List<Figures.Figure> comparison = figures.figures().stream().filter(f -> !f.perDocument()).toList();
        List<Figures.Figure> perDocument = figures.figures().stream().filter(Figures.Figure::perDocument).toList();
        if (!comparison.isEmpty()) {
            b.append("<h3>Figures</h3>\n");
            figureGrid(comparison);
        }
        if (!perDocument.isEmpty()) {
            b.append("<details><summary>Per-document figures (").append(perDocument.size()).append(")</summary>\n");
            figureGrid(perDocument);
            b.append("</details>\n");
        }
        if (figures.omitted() > 0) {
            b.append("<p class=\"note\">").append(figures.omitted())
                    .append(" more charts are in the charts/ folder next to this file (left out to keep it small).</p>\n");
        }
        b.append("</section>\n");
    }

    private void figureGrid(List<Figures.Figure> list) {
        b.append("<div class=\"figures\">\n");
        for (Figures.Figure f : list) {
            b.append("<figure><img loading=\"lazy\" alt=\"").append(Html.esc(Figures.caption(f.name()))).append("\" src=\"")
                    .append(f.dataUri()).append("\"><figcaption>").append(Html.esc(Figures.caption(f.name())))
                    .append(" <span class=\"muted\">(charts/").append(Html.esc(f.file())).append(")</span></figcaption></figure>\n");
        }
        b.append("</div>\n");
    }

    private void tablesSection() {
        b.append("<section id=\"tables\"><h2>Tables</h2>\n")
                .append("<div class=\"controls\"><label>Measure <select id=\"table-measure\"></select></label>")
                .append("<label>Part <select id=\"table-part\"></select></label></div>\n")
                .append("<h3>Per document</h3><div class=\"scroll\"><table id=\"table-docs\" class=\"data\"></table></div>\n")
                .append("<div id=\"group-table-block\"><h3>Per group</h3><div class=\"controls\"><label>Group by ")
                .append("<select id=\"table-groupby\"></select></label></div>")
                .append("<div class=\"scroll\"><table id=\"table-groups\" class=\"data\"></table></div></div>\n")
                .append("<h3>One document or group, every measure</h3><div class=\"controls\">")
                .append("<label>Of <select id=\"detail-of\"></select></label>")
                .append("<label>Part <select id=\"detail-part\"></select></label></div>")
                .append("<div class=\"scroll\"><table id=\"table-detail\" class=\"data\"></table></div>\n")
                .append("<p class=\"muted\">Value [95% interval]: Wilson intervals for unit shares, ")
                .append(ratioIntervalText())
                .append(" for character shares and intensity; counts have none. Full tables: panel_long.csv, groups_long.csv.</p>\n")
                .append("</section>\n");
    }

    private void explorerSection() {
        ExplorerUnits ex = data.explorer();
        b.append("<section id=\"explorer\"><h2>Sentences</h2>\n");
        if (ex.size() == 0) {
            b.append("<p class=\"muted\">No units.csv in this output folder.</p>\n");
        }
        b.append("<div class=\"controls\" id=\"filters\">")
                .append("<label>Document <select id=\"f-doc\"></select></label>")
                .append("<span id=\"f-groups\"></span>")
                .append("<label>Part <select id=\"f-part\"></select></label>")
                .append("<label>Theme <select id=\"f-theme\"></select></label>")
                .append("<label>as <select id=\"f-mode\"><option value=\"any\">any theme of the unit</option>")
                .append("<option value=\"primary\">primary theme</option></select></label>")
                .append("<label>Text <input id=\"f-text\" type=\"search\" placeholder=\"contains\u2026\"></label>")
                .append("<button id=\"f-reset\" type=\"button\">Show all</button></div>\n")
                .append("<div id=\"legend\" class=\"legend\"></div>\n<p id=\"explorer-status\" class=\"status\"></p>\n");
        if (ex.capped()) {
            b.append("<p class=\"note\">Only the first ").append(ex.maxPerDocument())
                    .append(" units of each document are included here; units.csv has them all.</p>\n");
        }
        if (ex.outside() > 0) {
            b.append("<p class=\"note\">").append(ex.outside())
                    .append(" evidence rows fall outside their unit's text and are not highlighted ")
                    .append("(were units.csv and evidence.csv written by the same run?).</p>\n");
        }
        b.append("<ol id=\"units\" class=\"units\"></ol>\n<button id=\"more\" type=\"button\" hidden>Show more</button>\n")
                .append("</section>\n");
    }

    /** How char_share and intensity intervals were computed, from run.json (docs/metrics.md has both methods). */
    private String ratioIntervalText() {
        JsonNode options = out.run().path("options");
        String method = options.path("interval").asText(options.has("bootstrap_replicates") ? "bootstrap" : "analytic");
        if (method.equals("bootstrap")) {
            String b = options.path("bootstrap_replicates").asText("");
            return "percentile bootstrap" + (b.isEmpty() ? "" : " (B = " + Html.esc(b) + ")");
        }
        return "linearised (delta-method) intervals stratified by part";
    }

    private void runSection(String pack) {
        JsonNode run = out.run();
        b.append("<section id=\"run\"><h2>What was analysed</h2>\n");
        if (run.isMissingNode()) {
            b.append("<p class=\"note\">run.json was not in the output folder when this report was written: ")
                    .append("the PolicyLens version, rule pack and inputs are in run.json next to this file.</p>\n");
        }
        b.append("<table class=\"kv\">\n");
        kv("PolicyLens", text(run, "policylens_version"));
        kv("Rule pack", pack.trim());
        kv("Rule pack sha256", text(run.path("rule_pack"), "sha256"));
        kv("Java", text(run, "java_version"));
        b.append("</table>\n");
        // No run times here: the report must be byte-identical for the same inputs (times are in run.json).
        b.append("<p class=\"note\">Start and finish times are in run.json next to this file.</p>\n");
        JsonNode inputs = run.path("inputs");
        b.append("<h3>Inputs (").append(inputs.size()).append(")</h3>\n<div class=\"scroll\"><table class=\"data\">")
                .append("<thead><tr><th>Path</th><th>Bytes</th><th>sha256</th></tr></thead><tbody>\n");
        for (JsonNode in : inputs) {
            b.append("<tr><td>").append(Html.esc(text(in, "path"))).append("</td><td class=\"num\">")
                    .append(Html.esc(text(in, "size"))).append("</td><td><code>").append(Html.esc(text(in, "sha256")))
                    .append("</code></td></tr>\n");
        }
        b.append("</tbody></table></div>\n<h3>Options</h3>\n<pre>").append(Html.esc(pretty(run.path("options"))))
                .append("</pre>\n");
        out.errors().filter(e -> !e.rows().isEmpty()).ifPresent(e -> rawTable("Documents that failed (errors.csv)", e, true));
        b.append("<h3>Test tables</h3>\n");
        out.chisq().ifPresent(t -> rawTable("tests_chisq.csv", t, false));
        out.residuals().ifPresent(t -> rawTable("tests_residuals.csv", t, false));
        out.pairwise().ifPresent(t -> rawTable("tests_pairwise.csv", t, false));
        out.trend().ifPresent(t -> rawTable("tests_trend.csv", t, false));
        out.jsd().ifPresent(t -> rawTable("tests_jsd.csv", t, false));
        out.robustness().ifPresent(t -> rawTable("tests_robustness.csv", t, false));
        b.append("</section>\n");
    }

    private void kv(String key, String value) {
        b.append("<tr><th>").append(Html.esc(key)).append("</th><td>").append(Html.esc(value)).append("</td></tr>\n");
    }

    /** A CSV table shown as is (capped at 500 rows), inside a collapsed details element unless {@code open}. */
    private void rawTable(String title, CsvTable t, boolean open) {
        int cap = 500;
        b.append("<details").append(open ? " open" : "").append("><summary>").append(Html.esc(title)).append(" (")
                .append(t.rows().size()).append(" rows)</summary>\n<div class=\"scroll\"><table class=\"data\"><thead><tr>");
        t.header().forEach(h -> b.append("<th>").append(Html.esc(h)).append("</th>"));
        b.append("</tr></thead><tbody>\n");
        for (CsvTable.Row r : t.rows().subList(0, Math.min(cap, t.rows().size()))) {
            b.append("<tr>");
            t.header().forEach(h -> b.append("<td>").append(Html.esc(r.getOrDefault(h, ""))).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>");
        if (t.rows().size() > cap) {
            b.append("<p class=\"muted\">First ").append(cap).append(" rows; the file has them all.</p>");
        }
        b.append("</details>\n");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }

    private static String pretty(JsonNode node) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlPage.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
