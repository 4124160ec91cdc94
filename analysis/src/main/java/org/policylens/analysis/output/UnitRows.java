package org.policylens.analysis.output;

import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;

import java.util.List;

/**
 * Formats one document's rows of {@code units.csv} and {@code evidence.csv} (on the worker thread, so
 * formatting runs in parallel); evidence offsets are mapped back to the original document text.
 * Appends fields straight to the buffers: this is the hot path of the writer.
 */
public final class UnitRows {

    private final String document;
    private final List<String> themes;
    private final StringBuilder units = new StringBuilder(1 << 14);
    private final StringBuilder evidence = new StringBuilder(1 << 14);
    private final StringBuilder scratch = new StringBuilder(256);

    public UnitRows(String document, List<String> themes) {
        this.document = document;
        this.themes = List.copyOf(themes);
    }

    /** Adds one unit and its evidence. */
    public void add(Unit u, Labels l) {
        StringBuilder b = units;
        CsvFiles.field(b, document);
        b.append(',').append(u.index());
        b.append(',').append(u.paragraph());
        b.append(',').append(u.part().id());
        b.append(',');
        CsvFiles.field(b, u.sectionPath());
        b.append(',').append(u.heading());
        b.append(',').append(u.start());
        b.append(',').append(u.end());
        b.append(',');
        CsvFiles.field(b, l.themes().isEmpty() ? Labels.NONE_ID : String.join(",", l.themes()));
        b.append(',').append(l.primary());
        for (String t : themes) b.append(',').append(Numbers.format(l.scores().getOrDefault(t, 0.0)));
        b.append(',').append(Numbers.format(l.intensity()));
        scratch.setLength(0);
        for (IntensifierHit h : l.intensifiers()) {
            if (scratch.length() > 0) scratch.append('|');
            scratch.append(h.term());
        }
        b.append(',');
        CsvFiles.field(b, scratch.toString());
        scratch.setLength(0);
        for (Match m : l.evidence()) {
            if (scratch.length() > 0) scratch.append('|');
            scratch.append(m.ruleId()).append(':').append(m.text());
        }
        b.append(',');
        CsvFiles.field(b, scratch.toString());
        b.append(',');
        CsvFiles.field(b, u.text());
        b.append('\n');
        for (Match m : l.evidence()) {
            StringBuilder e = evidence;
            CsvFiles.field(e, document);
            e.append(',').append(u.index()).append(',');
            CsvFiles.field(e, m.ruleId());
            e.append(',');
            CsvFiles.field(e, m.theme());
            e.append(',');
            CsvFiles.field(e, m.text());
            e.append(',').append(u.originalOffset(m.start()));
            e.append(',').append(m.end() > m.start() ? u.originalOffset(m.end() - 1) + 1 : u.originalOffset(m.start()));
            e.append(',').append(Numbers.format(m.weight()));
            e.append('\n');
        }
    }

    public String unitsRows() {
        return units.toString();
    }

    public String evidenceRows() {
        return evidence.toString();
    }
}
