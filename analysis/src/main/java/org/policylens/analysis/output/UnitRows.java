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

    /*
     * add is split into one method per variable-length field and one per evidence row: as one method it was 60 KB
     * of C2 code (every field's encoder inlined), compiled twice on a cold run (a loop predicate failed in the
     * section path, which changes rarely), 0.9 s of compiler time.
     */

    /** Adds one unit and its evidence. */
    public void add(Unit u, Labels l) {
        CsvBytes b = units;
        b.raw(documentField, 0, documentField.size());
        b.ascii(',').number(u.index());
        b.ascii(',').number(u.paragraph());
        b.ascii(',').text(u.part().id());
        b.ascii(',');
        section(b, u.section());
        b.ascii(',').text(u.heading() ? "true" : "false");
        b.ascii(',').number(u.start());
        b.ascii(',').number(u.end());
        b.ascii(',');
        carried(b, l.themes());
        b.ascii(',');
        b.text(l.primary());
        scores(b, l.scores());
        b.ascii(',').number(l.intensity());
        b.ascii(',');
        intensifiers(b, l.intensifiers());
        b.ascii(',');
        evidence(b, u, l.evidence());
    }

    /*
     * The row's last fields and the unit's evidence rows, in one method of more than 325 bytes of bytecode (C2's
     * FreqInlineSize) on purpose: C2 compiles it once on its own instead of inlining it, with everything it calls,
     * into add (which was then 55-62 KB of code when C2 had not compiled the evidence row writer first, 30-40 KB
     * when it had).
     */

    /** The evidence summary, the unit's text and the row's end, then the unit's {@code evidence.csv} rows. */
    private void evidence(CsvBytes b, Unit u, List<Match> matches) {
        if (matchQuotes.length < matches.size()) {
            matchQuotes = new boolean[matches.size()];
            matchSpans = new int[2 * matches.size()];
        }
        int f = b.startField();
        for (int i = 0; i < matches.size(); i++) { // rule:text|...; remembers where each match's text lies
            Match m = matches.get(i);
            if (i > 0) b.text('|');
            b.text(m.ruleId()).text(':');
            matchSpans[2 * i] = b.size() - f; // relative: endField may shift the field's bytes by its opening quote
            matchQuotes[i] = b.textQuoting(m.text());
            matchSpans[2 * i + 1] = b.size() - f;
        }
        int unquotedEnd = b.size();
        b.endField(f);
        // whether those bytes can be copied into the evidence rows (a quoted field moved its text one byte right and
        // doubled its quotes)
        boolean reusable = b.size() == unquotedEnd;
        b.ascii(',');
        b.field(u.text());
        b.ascii('\n');
        CsvBytes e = evidence;
        for (int i = 0; i < matches.size(); i++) { // the evidence.csv row of match i
            Match m = matches.get(i);
            e.raw(documentField, 0, documentField.size());
            e.ascii(',').number(u.index()).ascii(',');
            e.field(m.ruleId());
            e.ascii(',');
            e.field(m.theme());
            e.ascii(',');
            if (reusable) e.field(units, f + matchSpans[2 * i], f + matchSpans[2 * i + 1], matchQuotes[i]);
            else e.field(m.text());
            e.ascii(',').number(u.originalOffset(m.start()));
            e.ascii(',').number(m.end() > m.start() ? u.originalOffset(m.end() - 1) + 1 : u.originalOffset(m.start()));
            e.ascii(',').number(m.weight());
            e.ascii('\n');
        }
    }

    /** The section path: copied from the previous unit's field when it is the same. */
    private void section(CsvBytes b, List<String> section) {
        if (sameSection(section)) {
            int from = b.size();
            b.raw(b, lastSectionFrom, lastSectionTo);
            lastSectionFrom = from;
            lastSectionTo = b.size();
        } else {
            newSection(b, section);
        }
    }

    private void newSection(CsvBytes b, List<String> section) {
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

    /** The themes the unit carries, comma-separated in one field ({@code none} when it carries none). */
    private static void carried(CsvBytes b, List<String> carried) {
        int f = b.startField();
        if (carried.isEmpty()) b.text(Labels.NONE_ID);
        for (int i = 0; i < carried.size(); i++) {
            if (i > 0) b.text(',');
            b.text(carried.get(i));
        }
        b.endField(f);
    }

    /** One score column per theme of the run, each preceded by its comma. */
    private void scores(CsvBytes b, Map<String, Double> scores) {
        for (int i = 0; i < themes.size(); i++) {
            String theme = themes.get(i);
            if (scores instanceof ThemeScores ts && i < ts.size() && ts.idAt(i).equals(theme)) {
                b.ascii(',').number(ts.valueAt(i)); // the same value, not boxed
                continue;
            }
            Double score = scores.get(theme);
            b.ascii(',').number(score == null ? 0.0 : score);
        }
    }

    private static void intensifiers(CsvBytes b, List<IntensifierHit> hits) {
        int f = b.startField();
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) b.text('|');
            b.text(hits.get(i).term());
        }
        b.endField(f);
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
