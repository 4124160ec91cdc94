package org.policylens.analysis.output;

import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;

import java.util.List;
import java.util.Map;

/**
 * Formats one document's rows of {@code units.csv} and {@code evidence.csv} (on the worker thread, so
 * formatting runs in parallel); evidence offsets are mapped back to the original document text.
 * Appends fields straight to the buffers: this is the hot path of the writer.
 */
public final class UnitRows {

    private final String document;
    private final List<String> themes;
    private final CsvBytes units;
    private final CsvBytes evidence;

    /** {@code chars}: the document's length, to size the buffers (any value works). */
    public UnitRows(String document, List<String> themes, int chars) {
        this.document = document;
        this.themes = List.copyOf(themes);
        this.units = new CsvBytes((int) Math.min(1 << 28, 10L * chars + 1024));
        this.evidence = new CsvBytes((int) Math.min(1 << 28, 6L * chars + 1024));
    }

    public UnitRows(String document, List<String> themes) {
        this(document, themes, 0);
    }

    /** Adds one unit and its evidence. */
    public void add(Unit u, Labels l) {
        CsvBytes b = units;
        b.field(document);
        b.ascii(',').number(u.index());
        b.ascii(',').number(u.paragraph());
        b.ascii(',').text(u.part().id());
        b.ascii(',');
        int f = b.startField();
        List<String> section = u.section();
        for (int i = 0; i < section.size(); i++) {
            if (i > 0) b.text(" > ");
            b.text(section.get(i));
        }
        b.endField(f);
        b.ascii(',').text(u.heading() ? "true" : "false");
        b.ascii(',').number(u.start());
        b.ascii(',').number(u.end());
        b.ascii(',');
        f = b.startField();
        List<String> carried = l.themes();
        if (carried.isEmpty()) b.text(Labels.NONE_ID);
        for (int i = 0; i < carried.size(); i++) {
            if (i > 0) b.text(",");
            b.text(carried.get(i));
        }
        b.endField(f);
        b.ascii(',');
        b.text(l.primary());
        Map<String, Double> scores = l.scores();
        for (int i = 0; i < themes.size(); i++) {
            Double score = scores.get(themes.get(i));
            b.ascii(',').number(score == null ? 0.0 : score);
        }
        b.ascii(',').number(l.intensity());
        b.ascii(',');
        f = b.startField();
        List<IntensifierHit> hits = l.intensifiers();
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) b.text("|");
            b.text(hits.get(i).term());
        }
        b.endField(f);
        b.ascii(',');
        f = b.startField();
        List<Match> matches = l.evidence();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (i > 0) b.text("|");
            b.text(m.ruleId()).text(":").text(m.text());
        }
        b.endField(f);
        b.ascii(',');
        b.field(u.text());
        b.ascii('\n');
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            CsvBytes e = evidence;
            e.field(document);
            e.ascii(',').number(u.index()).ascii(',');
            e.field(m.ruleId());
            e.ascii(',');
            e.field(m.theme());
            e.ascii(',');
            e.field(m.text());
            e.ascii(',').number(u.originalOffset(m.start()));
            e.ascii(',').number(m.end() > m.start() ? u.originalOffset(m.end() - 1) + 1 : u.originalOffset(m.start()));
            e.ascii(',').number(m.weight());
            e.ascii('\n');
        }
    }

    /** The {@code units.csv} rows added so far (hands them over; call once). */
    public CsvRows unitsRows() {
        return units.rows();
    }

    /** The {@code evidence.csv} rows added so far (hands them over; call once). */
    public CsvRows evidenceRows() {
        return evidence.rows();
    }
}
