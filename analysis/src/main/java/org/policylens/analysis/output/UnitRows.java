package org.policylens.analysis.output;

import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats one document's rows of {@code units.csv} and {@code evidence.csv} (on the worker thread, so
 * formatting runs in parallel); evidence offsets are mapped back to the original document text.
 */
public final class UnitRows {

    private final String document;
    private final List<String> themes;
    private final StringBuilder units = new StringBuilder(1 << 14);
    private final StringBuilder evidence = new StringBuilder(1 << 14);
    private final List<Object> row = new ArrayList<>();

    public UnitRows(String document, List<String> themes) {
        this.document = document;
        this.themes = List.copyOf(themes);
    }

    /** Adds one unit and its evidence. */
    public void add(Unit u, Labels l) {
        row.clear();
        row.add(document);
        row.add(u.index());
        row.add(u.paragraph());
        row.add(u.part().id());
        row.add(u.sectionPath());
        row.add(u.heading());
        row.add(u.start());
        row.add(u.end());
        row.add(l.themes().isEmpty() ? Labels.NONE_ID : String.join(",", l.themes()));
        row.add(l.primary());
        for (String t : themes) row.add(Numbers.format(l.scores().getOrDefault(t, 0.0)));
        row.add(Numbers.format(l.intensity()));
        StringBuilder in = new StringBuilder();
        for (IntensifierHit h : l.intensifiers()) {
            if (in.length() > 0) in.append('|');
            in.append(h.term());
        }
        row.add(in.toString());
        StringBuilder ev = new StringBuilder();
        for (Match m : l.evidence()) {
            if (ev.length() > 0) ev.append('|');
            ev.append(m.ruleId()).append(':').append(m.text());
        }
        row.add(ev.toString());
        row.add(u.text());
        CsvFiles.append(units, row);
        for (Match m : l.evidence()) {
            row.clear();
            row.add(document);
            row.add(u.index());
            row.add(m.ruleId());
            row.add(m.theme());
            row.add(m.text());
            row.add(u.originalOffset(m.start()));
            row.add(m.end() > m.start() ? u.originalOffset(m.end() - 1) + 1 : u.originalOffset(m.start()));
            row.add(Numbers.format(m.weight()));
            CsvFiles.append(evidence, row);
        }
    }

    public String unitsRows() {
        return units.toString();
    }

    public String evidenceRows() {
        return evidence.toString();
    }
}
