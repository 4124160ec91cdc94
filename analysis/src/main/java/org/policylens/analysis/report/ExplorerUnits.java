package org.policylens.analysis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of the sentence explorer with their highlights. Evidence offsets are ORIGINAL document offsets, as are
 * a unit's start/end, so a highlight inside the unit text is {@code [evidence.start - unit.start, evidence.end -
 * unit.start)}. Only the first units of each document (in document order) are embedded, as many as
 * {@link ReportOptions#unitsPerDocument} allows.
 */
final class ExplorerUnits {
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

    ExplorerUnits(OutputFolder out, ReportData.Indexer docs, ReportData.Indexer themes, ReportData.Indexer parts,
                  ReportOptions options) {
        this.maxPerDocument = options.maxUnitsPerDocument();
        if (out.units().isEmpty()) {
            return;
        }
        Path unitsFile = out.units().get();
        // One pass over units.csv: the count of units per document, and (copied) the rows that may be embedded. How
        // many are embedded per document depends on the number of documents, known only at the end, but never rises
        // as documents are added, so the rows below the cap for the documents seen so far are a superset. Errors
        // come in the order of the former two passes (all rows' document; then evidence.csv; then the rows in file
        // order: unit, and the embedded rows' cells): the first error of the second kind is kept and thrown after
        // evidence.csv is read, in file order among the embedded rows.
        Map<String, Integer> counts = new LinkedHashMap<>();
        Candidates candidates = new Candidates(options);
        CsvTable.scan(unitsFile, r -> {
            if (counts.merge(r.get("document"), 1, Integer::sum) == 1) {
                candidates.documents(counts.size());
            }
            candidates.add(r);
        });
        maxPerDocument = options.unitsPerDocument(counts.size());
        // unit indexes count from 0 in document order, so "the first N units" are those with index < N
        Map<String, Map<Integer, List<CsvTable.Row>>> evidence = new HashMap<>();
        out.evidence().ifPresent(e -> CsvTable.scan(e, r -> {
            if (r.integer("unit") < maxPerDocument) {
                evidence.computeIfAbsent(r.get("document"), k -> new HashMap<>())
                        .computeIfAbsent(r.integer("unit"), k -> new ArrayList<>()).add(r.copy());
            }
        }));
        Map<String, List<UnitRow>> kept = new LinkedHashMap<>();
        for (Candidate c : candidates.rows) {
            if (c.error() != null) {
                throw c.error();
            }
            if (c.index() < maxPerDocument) {
                CsvTable.Row r = c.row();
                String doc = r.get("document");
                List<CsvTable.Row> ev = evidence.getOrDefault(doc, Map.of()).getOrDefault(c.index(), List.of());
                kept.computeIfAbsent(doc, k -> new ArrayList<>()).add(unit(r, docs.of(doc), themes, parts, ev));
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            List<UnitRow> rows = kept.getOrDefault(e.getKey(), new ArrayList<>());
            rows.sort(Comparator.comparingInt(UnitRow::index));
            units.addAll(rows);
            total.put(e.getKey(), e.getValue());
            shown.put(e.getKey(), rows.size());
        }
    }

    /** A units.csv row that may be embedded, or the first error its unit cell gave (then the last candidate). */
    private record Candidate(int index, CsvTable.Row row, InputException error) {
    }

    /** The rows below the cap for the documents seen so far, in file order; see the constructor. */
    private static final class Candidates {
        private final ReportOptions options;
        private final List<Candidate> rows = new ArrayList<>();
        private int cap;
        private int prune;
        private boolean failed;

        Candidates(ReportOptions options) {
            this.options = options;
            this.cap = options.unitsPerDocument(1);
            this.prune = 2 * options.maxUnits();
        }

        void documents(int n) {
            cap = options.unitsPerDocument(n);
        }

        void add(CsvTable.Row r) {
            if (failed) {
                return;
            }
            int index;
            try {
                index = r.integer("unit");
            } catch (InputException e) {
                failed = true;
                rows.add(new Candidate(-1, null, e));
                return;
            }
            if (index < cap) {
                rows.add(new Candidate(index, r.copy(), null));
                if (rows.size() > prune) {
                    rows.removeIf(c -> c.index() >= cap);
                    prune = Math.max(prune, 2 * rows.size());
                }
            }
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

    /** Writes the fields {@code units}, {@code sections} and {@code rules} of the page data. */
    void writeTo(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("units");
        for (UnitRow u : units) {
            g.writeStartArray();
            g.writeNumber(u.doc());
            g.writeNumber(u.index());
            g.writeNumber(u.part());
            g.writeNumber(u.section());
            g.writeNumber(u.heading() ? 1 : 0);
            g.writeNumber(u.primary());
            g.writeStartArray();
            for (int t : u.themes()) {
                g.writeNumber(t);
            }
            g.writeEndArray();
            g.writeString(u.text());
            g.writeStartArray();
            for (int[] m : u.marks()) {
                g.writeStartArray();
                g.writeNumber(m[0]);
                g.writeNumber(m[1]);
                g.writeNumber(m[2]);
                g.writeNumber(m[3]);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sections");
        for (String v : sections.values()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rules");
        for (String v : rules.values()) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
