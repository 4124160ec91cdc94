package org.policylens.analysis.cli;

import org.policylens.analysis.output.PanelRows;
import org.policylens.analysis.pipeline.RunData;
import org.policylens.analysis.stats.IntervalMethod;
import org.policylens.analysis.stats.Measure;
import org.policylens.analysis.stats.MeasureRow;
import org.policylens.analysis.stats.PartScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table per document for the terminal: theme × measure (whole report) with 95% intervals. */
final class EmphasisTable {

    private static final List<Measure> SHOWN = List.of(Measure.UNITS_PRIMARY, Measure.UNITS_PRIMARY_SHARE,
            Measure.CHAR_SHARE, Measure.HITS_PER_10K_CHARS, Measure.INTENSITY);
    private static final int THEME_WIDTH = 11;
    private static final int CELL_WIDTH = 24;

    private EmphasisTable() {
    }

    /** The tables of every document of the run (needs rows kept: {@code keepRows}). */
    static String render(RunData data) {
        StringBuilder sb = new StringBuilder();
        for (RunData.DocumentSummary d : data.documents()) {
            sb.append(String.format(Locale.ROOT, "%s  (%d units, %d chars, %d words)%n", d.id(),
                    d.stats().units(PartScope.ALL), d.stats().chars(PartScope.ALL), d.stats().words(PartScope.ALL)));
            sb.append(pad("theme", THEME_WIDTH));
            for (Measure m : SHOWN) sb.append(pad(m.id(), CELL_WIDTH));
            sb.append('\n');
            List<String> themes = new ArrayList<>(data.themes());
            themes.add(PanelRows.NONE);
            for (String theme : themes) {
                sb.append(pad(theme, THEME_WIDTH));
                for (Measure m : SHOWN) sb.append(pad(cell(d.rows(), theme, m), CELL_WIDTH));
                sb.append('\n');
            }
            sb.append(intervalNote(d.stats())).append("\n\n");
        }
        return sb.toString();
    }

    /** Which 95% intervals the table shows (docs/metrics.md has both methods). */
    static String intervalNote(org.policylens.analysis.stats.DocumentSummary s) {
        String ratio = s.intervalMethod() == IntervalMethod.BOOTSTRAP
                ? "percentile bootstrap, B = " + s.bootstrapReplicates()
                : "linearised (delta-method), stratified by part";
        return "[95% intervals: Wilson for unit shares; " + ratio + " for char_share and intensity]";
    }

    private static String cell(List<MeasureRow> rows, String theme, Measure m) {
        for (MeasureRow v : rows) {
            if (v.part().equals(PartScope.ALL.id()) && v.theme().equals(theme) && v.measure() == m) {
                if (Double.isNaN(v.value())) return "-";
                String value = short3(v.value());
                if (Double.isNaN(v.lower())) return value;
                return value + " [" + short3(v.lower()) + ", " + short3(v.upper()) + "]";
            }
        }
        return "";
    }

    private static String short3(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e9) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) sb.append(' ');
        return sb.append(' ').toString();
    }
}
