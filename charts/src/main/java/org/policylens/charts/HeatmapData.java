package org.policylens.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A grid of values: rows (groups) × columns (themes).
 *
 * @param values     one row per row label, one value per column (NaN = not available)
 * @param diverging  true for values centred on 0 (residuals: blue below, red above, white at 0, symmetric scale);
 *                   false for a sequential scale from 0 (shares)
 * @param scaleLabel what the colour scale shows ("标准化残差" / "standardised residual"), printed with the scale
 */
public record HeatmapData(ChartText text, List<String> rows, List<String> columns, List<List<Double>> values,
                          boolean diverging, String scaleLabel) {
    public HeatmapData {
        Objects.requireNonNull(text, "text");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (rows.isEmpty() || columns.isEmpty()) throw new IllegalArgumentException("heatmap: needs rows and columns");
        if (values.size() != rows.size()) throw new IllegalArgumentException("heatmap: " + values.size()
                + " value rows for " + rows.size() + " row labels");
        List<List<Double>> copy = new ArrayList<>();
        for (int r = 0; r < values.size(); r++) {
            List<Double> row = values.get(r);
            if (row.size() != columns.size()) throw new IllegalArgumentException("heatmap row '" + rows.get(r)
                    + "': " + row.size() + " values for " + columns.size() + " columns");
            List<Double> c = new ArrayList<>();
            for (Double d : row) c.add(d == null ? Double.NaN : d);
            copy.add(List.copyOf(c));
        }
        values = List.copyOf(copy);
        scaleLabel = scaleLabel == null ? "" : scaleLabel;
    }

    /** Largest absolute value (0 when all are NaN). */
    public double maxAbs() {
        double m = 0;
        for (List<Double> row : values) for (double v : row) if (!Double.isNaN(v)) m = Math.max(m, Math.abs(v));
        return m;
    }

    List<String> texts() {
        List<String> t = new ArrayList<>(text.texts());
        t.addAll(rows);
        t.addAll(columns);
        if (!scaleLabel.isEmpty()) t.add(scaleLabel);
        return t;
    }
}
