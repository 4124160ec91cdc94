package org.policylens.analysis.cli;

import org.policylens.analysis.corpus.Measure;
import org.policylens.analysis.corpus.PanelValue;
import org.policylens.analysis.pipeline.RunData;

import java.util.List;
import java.util.Locale;

/** A plain-text table per document for the terminal: theme × measure (part all) with 95% intervals. */
final class EmphasisTable {

    private static final List<Measure> SHOWN = List.of(Measure.UNITS_PRIMARY, Measure.UNITS_PRIMARY_SHARE,
            Measure.UNITS_ANY_SHARE, Measure.CHAR_SHARE, Measure.HITS_PER_10K_CHARS, Measure.INTENSITY);
    private static final int THEME_WIDTH = 12;
    private static final int CELL_WIDTH = 22;

    private EmphasisTable() {
    }

    /** The tables of every document of the run. */
    public static String render(RunData data) {
        StringBuilder sb = new StringBuilder();
        for (RunData.DocumentSummary d : data.documents()) {
            sb.append(String.format(Locale.ROOT, "%s  (%d units, %d chars, %d words)%n", d.id(),
                    d.tally().units(0), d.tally().chars(0), d.tally().words(0)));
            sb.append(pad("theme", THEME_WIDTH));
            for (Measure m : SHOWN) sb.append(pad(m.id(), CELL_WIDTH));
            sb.append(System.lineSeparator());
            List<String> themes = new java.util.ArrayList<>(data.themes());
            themes.add("none");
            for (String theme : themes) {
                sb.append(pad(theme, THEME_WIDTH));
                for (Measure m : SHOWN) sb.append(pad(cell(d.panel(), theme, m), CELL_WIDTH));
                sb.append(System.lineSeparator());
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String cell(List<PanelValue> panel, String theme, Measure m) {
        for (PanelValue v : panel) {
            if (v.part().equals("all") && v.theme().equals(theme) && v.measure() == m) {
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
