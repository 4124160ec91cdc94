package org.policylens.analysis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The former ReportData (a Jackson tree, then a string), kept as the reference of ReportDataTest.
 * The data the page's script works with, as compact JSON (arrays of indexes rather than repeated strings): themes,
 * documents with their group values, the panel and group measures, and the units for the sentence explorer.
 */
final class ReportDataTree {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputFolder out;
    private final List<ReportTheme> themes;
    private final ReportData.Indexer docs = new ReportData.Indexer();
    private final ReportData.Indexer themeIndex = new ReportData.Indexer();
    private final ReportData.Indexer parts = new ReportData.Indexer();
    private final ReportData.Indexer measures = new ReportData.Indexer();
    private final Map<String, List<String>> docGroups = new LinkedHashMap<>();
    private final ExplorerUnitsTwoPass explorer;

    ReportDataTree(OutputFolder out, List<ReportTheme> themes, ReportOptions options) {
        this.out = out;
        this.themes = themes;
        themes.forEach(t -> themeIndex.of(t.id()));
        List.of("all", "review", "plan", "other").forEach(parts::of);
        Vocabulary.MEASURES.forEach(measures::of);
        List<String> vars = out.groupVars();
        for (CsvTable.Row r : out.panel().rows()) {
            String doc = r.get("document");
            docs.of(doc);
            docGroups.computeIfAbsent(doc, d -> vars.stream().map(r::get).toList());
        }
        this.explorer = new ExplorerUnitsTwoPass(out, docs, themeIndex, parts, options);
    }

    ExplorerUnitsTwoPass explorer() {
        return explorer;
    }

    List<String> documents() {
        return docs.values();
    }

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode th = root.putArray("themes");
        for (ReportTheme t : themes) {
            th.addObject().put("id", t.id()).put("label", t.label()).put("en", t.labelEn()).put("color", t.color());
        }
        ArrayNode vars = root.putArray("groupVars");
        out.groupVars().forEach(vars::add);
        ArrayNode panel = root.putArray("panel");
        for (CsvTable.Row r : out.panel().rows()) {
            ArrayNode row = panel.addArray();
            row.add(docs.of(r.get("document"))).add(parts.of(r.get("part"))).add(themeIndex.of(r.get("theme")))
                    .add(measures.of(r.get("measure")));
            addNumber(row, r.number("value"));
            addNumber(row, r.number("lower"));
            addNumber(row, r.number("upper"));
        }
        ReportData.Indexer groupBys = new ReportData.Indexer();
        Map<String, ReportData.Indexer> groupValues = new LinkedHashMap<>();
        ArrayNode groups = root.putArray("groupRows");
        out.groups().ifPresent(g -> {
            for (CsvTable.Row r : g.rows()) {
                String by = r.get("group_by");
                ArrayNode row = groups.addArray();
                row.add(groupBys.of(by)).add(groupValues.computeIfAbsent(by, k -> new ReportData.Indexer()).of(r.get("group")))
                        .add(parts.of(r.get("part"))).add(themeIndex.of(r.get("theme"))).add(measures.of(r.get("measure")));
                addNumber(row, r.number("value"));
                addNumber(row, r.number("lower"));
                addNumber(row, r.number("upper"));
            }
        });
        ArrayNode gb = root.putArray("groupBys");
        for (String by : groupBys.values()) {
            ArrayNode values = gb.addObject().put("name", by).putArray("groups");
            groupValues.get(by).values().forEach(values::add);
        }
        explorer.addTo(root);
        // Indexers may have grown while reading rows: write their final value lists last.
        ArrayNode d = root.putArray("docs");
        for (String doc : docs.values()) {
            ObjectNode o = d.addObject().put("id", doc);
            ArrayNode gv = o.putArray("groups");
            docGroups.getOrDefault(doc, List.of()).forEach(gv::add);
            o.put("units", explorer.total(doc)).put("shown", explorer.shown(doc));
        }
        ArrayNode ps = root.putArray("parts");
        parts.values().forEach(ps::add);
        ArrayNode ms = root.putArray("measures");
        measures.values().forEach(m -> ms.addObject().put("id", m).put("label", Vocabulary.measure(m))
                .put("share", Vocabulary.isShare(m)));
        ArrayNode extra = root.putArray("extraThemes");
        themeIndex.values().stream().skip(themes.size()).forEach(extra::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report data", e);
        }
    }

    private static void addNumber(ArrayNode row, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            row.addNull();
        } else {
            row.add(v);
        }
    }
}
