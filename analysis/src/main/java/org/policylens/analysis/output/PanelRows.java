package org.policylens.analysis.output;

import org.policylens.analysis.stats.DocumentStats;
import org.policylens.analysis.stats.DocumentSummary;
import org.policylens.analysis.stats.Measure;
import org.policylens.analysis.stats.MeasureRow;
import org.policylens.analysis.stats.PartScope;

import java.util.ArrayList;
import java.util.List;

/**
 * The panel rows of one document in output order — per part: the stats rows (theme × measure), then
 * {@code none}'s {@code units_primary} and {@code units_primary_share} (units without a theme, so the
 * primary counts of a part add up to its units) — and their formatting as {@code panel_long.csv} rows
 * and one {@code panel_wide.csv} row with the same values in the same order.
 */
public final class PanelRows {

    /** The pseudo-theme of unlabelled units. */
    public static final String NONE = "none";
    private static final double Z = 1.959963984540054;

    private PanelRows() {
    }

    /** Every panel row of a document, in output order. */
    public static List<MeasureRow> rows(DocumentStats stats) {
        List<MeasureRow> out = new ArrayList<>(stats.rows().size() + 6);
        DocumentSummary s = stats.summary();
        int perPart = stats.rows().size() / PartScope.values().length;
        for (PartScope part : PartScope.values()) {
            out.addAll(stats.rows().subList(part.ordinal() * perPart, (part.ordinal() + 1) * perPart));
            long k = s.unitsWithoutTheme(part);
            long n = s.units(part);
            out.add(new MeasureRow(stats.document(), part.id(), NONE, Measure.UNITS_PRIMARY, k, Double.NaN, Double.NaN, ""));
            double[] ci = wilson(k, n);
            out.add(new MeasureRow(stats.document(), part.id(), NONE, Measure.UNITS_PRIMARY_SHARE,
                    n == 0 ? Double.NaN : (double) k / n, ci[0], ci[1], n == 0 ? "no units in this part" : ""));
        }
        return out;
    }

    /** Wide column names after document, group variables, units, chars, words — same order as {@link #rows}. */
    public static List<String> wideColumns(List<String> themes) {
        List<String> cols = new ArrayList<>();
        for (PartScope part : PartScope.values()) {
            for (String theme : themes) for (Measure m : Measure.values()) cols.add(wideColumn(part.id(), theme, m.id()));
            cols.add(wideColumn(part.id(), NONE, Measure.UNITS_PRIMARY.id()));
            cols.add(wideColumn(part.id(), NONE, Measure.UNITS_PRIMARY_SHARE.id()));
        }
        return cols;
    }

    /** {@code <theme>_<measure>} for part all, else {@code <theme>_<measure>_<part>}. */
    public static String wideColumn(String part, String theme, String measure) {
        return theme + "_" + measure + (part.equals(PartScope.ALL.id()) ? "" : "_" + part);
    }

    /** One document's rows of {@code panel_long.csv}. */
    public static String longRows(String document, List<String> groupValues, List<MeasureRow> rows) {
        StringBuilder sb = new StringBuilder(rows.size() * 64);
        List<Object> row = new ArrayList<>();
        for (MeasureRow r : rows) {
            row.clear();
            row.add(document);
            row.addAll(groupValues);
            row.addAll(r.cells());
            CsvFiles.append(sb, row);
        }
        return sb.toString();
    }

    /** One document's row of {@code panel_wide.csv} (values only). */
    public static String wideRow(String document, List<String> groupValues, DocumentSummary s, List<MeasureRow> rows) {
        List<Object> row = new ArrayList<>(rows.size() + 8);
        row.add(document);
        row.addAll(groupValues);
        row.add(s.units(PartScope.ALL));
        row.add(s.chars(PartScope.ALL));
        row.add(s.words(PartScope.ALL));
        for (MeasureRow r : rows) row.add(r.cells().get(3));
        return CsvFiles.line(row);
    }

    /** Appends one document's rows of {@code panel_long.csv} (as {@link #longRows}, straight to UTF-8). */
    public static void appendLong(CsvBytes out, String document, List<String> groupValues, List<MeasureRow> rows) {
        for (MeasureRow r : rows) appendLong(out, document, groupValues, r);
    }

    /**
     * One row: a method of its own, so that the JIT compiles it once and calls it from the loop (the loop with the
     * row inlined was compiled three times on a cold run: two on-stack-replacement entries and the normal compile).
     */
    private static void appendLong(CsvBytes out, String document, List<String> groupValues, MeasureRow r) {
        out.field(document);
        for (String g : groupValues) out.ascii(',').field(g);
        out.ascii(',').field(r.part());
        out.ascii(',').field(r.theme());
        out.ascii(',').field(r.measure().id());
        out.ascii(',').number(r.value());
        out.ascii(',').number(r.lower());
        out.ascii(',').number(r.upper());
        out.ascii('\n');
    }

    /** Appends one document's row of {@code panel_wide.csv} (as {@link #wideRow}, straight to UTF-8). */
    public static void appendWide(CsvBytes out, String document, List<String> groupValues, DocumentSummary s,
                                  List<MeasureRow> rows) {
        out.field(document);
        for (String g : groupValues) out.ascii(',').field(g);
        out.ascii(',').number(s.units(PartScope.ALL));
        out.ascii(',').number(s.chars(PartScope.ALL));
        out.ascii(',').number(s.words(PartScope.ALL));
        for (MeasureRow r : rows) out.ascii(',').number(r.value());
        out.ascii('\n');
    }

    /** Wilson score 95% interval for k of n ({NaN, NaN} when n is 0). */
    static double[] wilson(long k, long n) {
        if (n <= 0) return new double[]{Double.NaN, Double.NaN};
        double p = (double) k / n;
        double z2 = Z * Z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
