package org.policylens.analysis.output;

import org.policylens.charts.Figure;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One standard chart of an output folder: its file name (without extension), its kind, the plain chart data (a
 * record from org.policylens.charts, for tests and for the report) and how to draw it.
 */
public record PlannedChart(String name, Kind kind, Object data, Supplier<Figure> figure) {
    public enum Kind { DISTRIBUTION, DONUT, REVIEW_PLAN, GROUPED, STACKED100, HEATMAP_SHARES, HEATMAP_RESIDUALS, RADAR,
        SMALL_MULTIPLES, TREND }

    public PlannedChart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(figure, "figure");
    }
}
