package org.policylens.analysis.output;

import org.policylens.analysis.corpus.PanelValue;
import org.policylens.analysis.corpus.Tally;

import java.util.ArrayList;
import java.util.List;

/** Formats panel values as rows of {@code panel_long.csv}, {@code panel_wide.csv} and {@code groups_long.csv}. */
public final class PanelRows {

    private PanelRows() {
    }

    /** One document's rows of {@code panel_long.csv}. */
    public static String longRows(String document, List<String> groupValues, List<PanelValue> panel) {
        StringBuilder sb = new StringBuilder(panel.size() * 64);
        List<Object> row = new ArrayList<>();
        for (PanelValue v : panel) {
            row.clear();
            row.add(document);
            row.addAll(groupValues);
            addValue(row, v);
            CsvFiles.append(sb, row);
        }
        return sb.toString();
    }

    /** One document's row of {@code panel_wide.csv} (values only, same order as the long rows). */
    public static String wideRow(String document, List<String> groupValues, Tally tally, List<PanelValue> panel) {
        List<Object> row = new ArrayList<>(panel.size() + 8);
        row.add(document);
        row.addAll(groupValues);
        row.add(tally.units(0));
        row.add(tally.chars(0));
        row.add(tally.words(0));
        for (PanelValue v : panel) row.add(Numbers.format(v.value()));
        return CsvFiles.line(row);
    }

    /** One group's rows of {@code groups_long.csv}. */
    public static String groupRows(String groupBy, String group, List<PanelValue> panel) {
        StringBuilder sb = new StringBuilder(panel.size() * 64);
        List<Object> row = new ArrayList<>();
        for (PanelValue v : panel) {
            row.clear();
            row.add(groupBy);
            row.add(group);
            addValue(row, v);
            CsvFiles.append(sb, row);
        }
        return sb.toString();
    }

    private static void addValue(List<Object> row, PanelValue v) {
        row.add(v.part());
        row.add(v.theme());
        row.add(v.measure().id());
        row.add(Numbers.format(v.value()));
        row.add(Numbers.format(v.lower()));
        row.add(Numbers.format(v.upper()));
    }
}
