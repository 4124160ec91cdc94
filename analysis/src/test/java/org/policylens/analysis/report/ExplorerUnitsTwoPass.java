package org.policylens.analysis.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policylens.analysis.cli.InputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The former ExplorerUnits (two passes over units.csv), kept as the reference of ExplorerUnitsTest.
 * The units of the sentence explorer with their highlights. Evidence offsets are ORIGINAL document offsets, as are
 * a unit's start/end, so a highlight inside the unit text is {@code [evidence.start - unit.start, evidence.end -
 * unit.start)}. Only the first units of each document (in document order) are embedded, as many as
 * {@link ReportOptions#unitsPerDocument} allows.
 */
final class ExplorerUnitsTwoPass {
    private final List<UnitRow> units = new ArrayList<>();
    private final Map<String, Integer> total = new HashMap<>();
    private final Map<String, Integer> shown = new HashMap<>();
    private final ReportData.Indexer sections = new ReportData.Indexer();
    private final ReportData.Indexer rules = new ReportData.Indexer();
    private int maxPerDocument;
    private int highlights;
    private int outside;

    private record UnitRow(int doc, int index, int part, int section, boolean heading, int primary, List<Integer> themes,
                           String text, List<int[]> marks) {
    }

    ExplorerUnitsTwoPass(OutputFolder out, ReportData.Indexer docs, ReportData.Indexer themes, ReportData.Indexer parts,
                  ReportOptions options) {
        this.maxPerDocument = options.maxUnitsPerDocument();
        if (out.units().isEmpty()) {
            return;
        }
        Path unitsFile = out.units().get();
        Map<String, Integer> counts = new LinkedHashMap<>();
        CsvTable.stream(unitsFile, r -> counts.merge(r.get("document"), 1, Integer::sum));
        maxPerDocument = options.unitsPerDocument(counts.size());
        // unit indexes count from 0 in document order, so "the first N units" are those with index < N
        Map<String, Map<Integer, List<CsvTable.Row>>> evidence = new HashMap<>();
        out.evidence().ifPresent(e -> CsvTable.stream(e, r -> {
            if (r.integer("unit") < maxPerDocument) {
                evidence.computeIfAbsent(r.get("document"), k -> new HashMap<>())
                        .computeIfAbsent(r.integer("unit"), k -> new ArrayList<>()).add(r);
            }
        }));
        Map<String, List<UnitRow>> kept = new LinkedHashMap<>();
        CsvTable.stream(unitsFile, r -> {
            String doc = r.get("document");
            int index = r.integer("unit");
            if (index < maxPerDocument) {
                List<CsvTable.Row> ev = evidence.getOrDefault(doc, Map.of()).getOrDefault(index, List.of());
                kept.computeIfAbsent(doc, k -> new ArrayList<>()).add(unit(r, docs.of(doc), themes, parts, ev));
            }
        });
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            List<UnitRow> rows = kept.getOrDefault(e.getKey(), new ArrayList<>());
            rows.sort(Comparator.comparingInt(UnitRow::index));
            units.addAll(rows);
            total.put(e.getKey(), e.getValue());
            shown.put(e.getKey(), rows.size());
        }
    }

    private UnitRow unit(CsvTable.Row r, int doc, ReportData.Indexer themes, ReportData.Indexer parts,
                         List<CsvTable.Row> evidence) {
        String text = r.get("text");
        int start = r.integer("start");
        int end = r.integer("end");
        if (end < start) {
            throw new InputException(r.file() + ":" + r.line() + ": end " + end + " before start " + start);
        }
        List<Integer> unitThemes = new ArrayList<>();
        for (String t : r.get("themes").split(",")) {
            String id = t.trim();
            if (!id.isEmpty() && !id.equals(ReportThemes.NONE)) {
                unitThemes.add(themes.of(id));
            }
        }
        List<int[]> marks = new ArrayList<>();
        for (CsvTable.Row ev : evidence) {
            int s = ev.integer("start") - start;
            int en = ev.integer("end") - start;
            if (s < 0 || en > text.length() || s >= en) {
                outside++;
                continue;
            }
            marks.add(new int[]{s, en, themes.of(ev.get("theme")), rules.of(ev.get("rule"))});
            highlights++;
        }
        marks.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]).thenComparingInt(m -> m[2]));
        return new UnitRow(doc, r.integer("unit"), parts.of(r.get("part")), sections.of(r.get("section")),
                r.flag("heading"), themes.of(r.get("primary")), List.copyOf(unitThemes), text, List.copyOf(marks));
    }

    int total(String doc) {
        return total.getOrDefault(doc, 0);
    }

    int shown(String doc) {
        return shown.getOrDefault(doc, 0);
    }

    int size() {
        return units.size();
    }

    int highlights() {
        return highlights;
    }

    /** Evidence rows whose offsets fall outside their unit's text (a sign of mismatched files); not highlighted. */
    int outside() {
        return outside;
    }

    int maxPerDocument() {
        return maxPerDocument;
    }

    boolean capped() {
        return total.entrySet().stream().anyMatch(e -> shown(e.getKey()) < e.getValue());
    }

    /** Adds {@code units}, {@code sections} and {@code rules} to the page data. */
    void addTo(ObjectNode root) {
        ArrayNode arr = root.putArray("units");
        for (UnitRow u : units) {
            ArrayNode a = arr.addArray();
            a.add(u.doc()).add(u.index()).add(u.part()).add(u.section()).add(u.heading() ? 1 : 0).add(u.primary());
            ArrayNode th = a.addArray();
            u.themes().forEach(th::add);
            a.add(u.text());
            ArrayNode marks = a.addArray();
            for (int[] m : u.marks()) {
                marks.addArray().add(m[0]).add(m[1]).add(m[2]).add(m[3]);
            }
        }
        ArrayNode s = root.putArray("sections");
        sections.values().forEach(s::add);
        ArrayNode rl = root.putArray("rules");
        rules.values().forEach(rl::add);
    }
}
