package org.policylens.analysis.output;

import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;
import org.policylens.rules.ThemeScores;

import java.util.List;
import java.util.Map;

/**
 * Formats one document's rows of {@code units.csv} and {@code evidence.csv} (on the worker thread, so
 * formatting runs in parallel); evidence offsets are mapped back to the original document text.
 * Appends fields straight to the buffers: this is the hot path of the writer. Text that recurs is encoded once
 * and its bytes copied: the document id, a section path shared by consecutive units, and each match's text
 * (written in the unit's evidence summary, then copied into its {@code evidence.csv} row).
 */
public final class UnitRows {

    private final String document;
    private final List<String> themes;
    private final CsvBytes units;
    private final CsvBytes evidence;
    /** The document id as a finished field. */
    private final CsvBytes documentField;
    /** The previous unit's section list and where its finished field lies in {@link #units}. */
    private List<String> lastSection;
    private int lastSectionFrom;
    private int lastSectionTo;
    /** Per match of the current unit: start and end of its text in {@link #units}, and whether it needs quotes. */
    private int[] matchSpans = new int[8];
    private boolean[] matchQuotes = new boolean[4];

    /** {@code chars}: the document's length, to size the buffers (any value works). */
    public UnitRows(String document, List<String> themes, int chars) {
        this.document = document;
        this.themes = List.copyOf(themes);
        this.units = CsvBytes.pooled((int) Math.min(1 << 28, 10L * chars + 1024));
        this.evidence = CsvBytes.pooled((int) Math.min(1 << 28, 7L * chars + 1024));
        this.documentField = new CsvBytes(document.length() * 3 + 2).field(document);
    }

    public UnitRows(String document, List<String> themes) {
        this(document, themes, 0);
    }

    /** Adds one unit and its evidence. */
    public void add(Unit u, Labels l) {
        CsvBytes b = units;
        b.raw(documentField, 0, documentField.size());
        b.ascii(',').number(u.index());
        b.ascii(',').number(u.paragraph());
        b.ascii(',').text(u.part().id());
        b.ascii(',');
        List<String> section = u.section();
        if (sameSection(section)) {
            int from = b.size();
            b.raw(b, lastSectionFrom, lastSectionTo);
            lastSectionFrom = from;
            lastSectionTo = b.size();
        } else {
            int f = b.startField();
            for (int i = 0; i < section.size(); i++) {
                if (i > 0) b.text(" > ");
                b.text(section.get(i));
            }
            b.endField(f);
            lastSection = section;
            lastSectionFrom = f;
            lastSectionTo = b.size();
        }
        b.ascii(',').text(u.heading() ? "true" : "false");
        b.ascii(',').number(u.start());
        b.ascii(',').number(u.end());
        b.ascii(',');
        int f = b.startField();
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
            String theme = themes.get(i);
            if (scores instanceof ThemeScores ts && i < ts.size() && ts.idAt(i).equals(theme)) {
                b.ascii(',').number(ts.valueAt(i)); // the same value, not boxed
                continue;
            }
            Double score = scores.get(theme);
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
        if (matchQuotes.length < matches.size()) {
            matchQuotes = new boolean[matches.size()];
            matchSpans = new int[2 * matches.size()];
        }
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (i > 0) b.text("|");
            b.text(m.ruleId()).text(":");
            matchSpans[2 * i] = b.size() - f; // relative: endField may shift the field's bytes by its opening quote
            matchQuotes[i] = b.textQuoting(m.text());
            matchSpans[2 * i + 1] = b.size() - f;
        }
        int unquotedEnd = b.size();
        b.endField(f);
        // A quoted field moved its text one byte right and doubled its quotes; copy the match texts only when not.
        boolean reusable = b.size() == unquotedEnd;
        b.ascii(',');
        b.field(u.text());
        b.ascii('\n');
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            CsvBytes e = evidence;
            e.raw(documentField, 0, documentField.size());
            e.ascii(',').number(u.index()).ascii(',');
            e.field(m.ruleId());
            e.ascii(',');
            e.field(m.theme());
            e.ascii(',');
            if (reusable) e.field(b, f + matchSpans[2 * i], f + matchSpans[2 * i + 1], matchQuotes[i]);
            else e.field(m.text());
            e.ascii(',').number(u.originalOffset(m.start()));
            e.ascii(',').number(m.end() > m.start() ? u.originalOffset(m.end() - 1) + 1 : u.originalOffset(m.start()));
            e.ascii(',').number(m.weight());
            e.ascii('\n');
        }
    }

    /** Whether {@code section} equals the previous unit's (by index: {@code List.equals} would allocate iterators). */
    private boolean sameSection(List<String> section) {
        List<String> last = lastSection;
        if (section == last) return true;
        if (last == null || last.size() != section.size()) return false;
        for (int i = 0; i < section.size(); i++) if (!section.get(i).equals(last.get(i))) return false;
        return true;
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
