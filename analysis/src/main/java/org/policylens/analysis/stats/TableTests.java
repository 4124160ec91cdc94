package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Tests on the group × primary-theme table of one part: chi-square with residuals, and Jensen–Shannon
 * distances between the groups' profiles. Columns are the themes (plus {@code none} when the options say so);
 * columns and rows with no units are left out and named in the note.
 */
final class TableTests {
    private final String groupBy;
    private final GroupPool pool;
    private final boolean includeNone;
    private final List<String> notes;

    TableTests(String groupBy, GroupPool pool, boolean includeNone, List<String> notes) {
        this.groupBy = groupBy;
        this.pool = pool;
        this.includeNone = includeNone;
        this.notes = notes;
    }

    private List<String> columns() {
        List<String> cols = new ArrayList<>(pool.themes.ids());
        if (includeNone) cols.add(ThemeSet.NONE);
        return cols;
    }

    /** Counts per group (pool order) × column; column index = theme index, none last. */
    private long[][] counts(PartScope scope) {
        int c = columns().size();
        long[][] x = new long[pool.groups.size()][c];
        for (int i = 0; i < pool.groups.size(); i++) {
            Tally t = pool.tally(pool.groups.get(i), scope);
            System.arraycopy(t.primary, 0, x[i], 0, c);
        }
        return x;
    }

    void chiSquare(PartScope scope, List<ChiSquareRow> rows, List<ResidualRow> residuals) {
        List<String> cols = columns();
        long[][] x = counts(scope);
        List<Integer> keepCols = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int j = 0; j < cols.size(); j++) {
            long sum = 0;
            for (long[] row : x) sum += row[j];
            if (sum > 0) keepCols.add(j);
            else dropped.add(cols.get(j));
        }
        List<Integer> keepRows = new ArrayList<>();
        List<String> droppedGroups = new ArrayList<>();
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            long sum = 0;
            for (int j : keepCols) sum += x[i][j];
            if (sum > 0) keepRows.add(i);
            else droppedGroups.add(pool.groups.get(i));
            n += sum;
        }
        List<String> note = new ArrayList<>();
        if (!dropped.isEmpty()) note.add("left out (no primary units in any group): " + String.join(", ", dropped));
        if (!droppedGroups.isEmpty())
            note.add("groups left out (no labelled units): " + String.join(", ", droppedGroups));
        if (pool.groups.size() < 2) {
            note.add(0, "single group: no test");
        } else if (keepRows.size() < 2) {
            note.add(0, "fewer than 2 groups with labelled units: no test");
        } else if (keepCols.size() < 2) {
            note.add(0, "fewer than 2 themes with units: no test");
        }
        if (!note.isEmpty() && note.get(0).endsWith("no test")) {
            rows.add(new ChiSquareRow(groupBy, scope.id(), Double.NaN, 0, Double.NaN, Double.NaN, n,
                    String.join("; ", note)));
            return;
        }
        long[][] table = new long[keepRows.size()][keepCols.size()];
        for (int i = 0; i < table.length; i++)
            for (int j = 0; j < table[i].length; j++) table[i][j] = x[keepRows.get(i)][keepCols.get(j)];
        ChiSquareTable t = new ChiSquareTable(table);
        if (t.smallExpected > 0)
            note.add(t.smallExpected + " of " + (table.length * table[0].length)
                    + " expected counts < 5: the chi-square approximation may be poor");
        rows.add(new ChiSquareRow(groupBy, scope.id(), t.statistic, t.df, t.p, t.cramersV, t.n, String.join("; ", note)));
        for (int i = 0; i < table.length; i++)
            for (int j = 0; j < table[i].length; j++) {
                double r = t.adjustedResidual[i][j];
                residuals.add(new ResidualRow(groupBy, scope.id(), pool.groups.get(keepRows.get(i)),
                        cols.get(keepCols.get(j)), table[i][j], t.expected[i][j], r, Tests2x2.normalTwoSidedP(r)));
            }
    }

    void jsd(PartScope scope, List<JsdRow> out) {
        long[][] x = counts(scope);
        List<String> empty = new ArrayList<>();
        for (int a = 0; a < x.length; a++) {
            if (sum(x[a]) == 0) {
                empty.add(pool.groups.get(a));
                continue;
            }
            for (int b = a + 1; b < x.length; b++) {
                if (sum(x[b]) == 0) continue;
                out.add(new JsdRow(groupBy, scope.id(), pool.groups.get(a), pool.groups.get(b),
                        JensenShannon.distance(x[a], x[b])));
            }
        }
        if (!empty.isEmpty())
            notes.add("jsd " + groupBy + "/" + scope.id() + ": groups without labelled units left out: "
                    + String.join(", ", empty));
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) s += x;
        return s;
    }
}
