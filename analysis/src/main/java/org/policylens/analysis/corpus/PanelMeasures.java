package org.policylens.analysis.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Tally} into panel values: for each part, theme slot and {@link Measure}, in that
 * order (which is also the column order of {@code panel_wide.csv}).
 */
public final class PanelMeasures {

    /** The pseudo-theme id of unlabelled units. */
    public static final String NONE = "none";

    private PanelMeasures() {
    }

    /**
     * Panel values of one document or group.
     *
     * @param bootstrap from {@link UnitSample#intervals}, or an empty array ({@code new double[0][][]})
     *                  when there are no bootstrap intervals (pooled groups)
     */
    public static List<PanelValue> compute(Tally tally, double[][][] bootstrap) {
        List<String> themes = tally.themes();
        int none = themes.size();
        List<PanelValue> out = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            String part = PanelParts.IDS.get(p);
            for (int t = 0; t <= none; t++) {
                String theme = t == none ? NONE : themes.get(t);
                double[] boot = bootstrap.length == 0 ? null : bootstrap[p][t];
                for (Measure m : Measure.values()) {
                    if (t == none && !m.withNone()) continue;
                    out.add(value(tally, p, t, part, theme, m, boot));
                }
            }
        }
        return out;
    }

    /** The column names of the wide panel after the fixed ones, in {@link #compute} order. */
    public static List<String> wideColumns(List<String> themes) {
        List<String> cols = new ArrayList<>();
        for (String part : PanelParts.IDS) {
            for (int t = 0; t <= themes.size(); t++) {
                String theme = t == themes.size() ? NONE : themes.get(t);
                for (Measure m : Measure.values()) {
                    if (t == themes.size() && !m.withNone()) continue;
                    cols.add(PanelValue.wideColumn(part, theme, m));
                }
            }
        }
        return cols;
    }

    private static PanelValue value(Tally y, int p, int t, String part, String theme, Measure m, double[] boot) {
        long units = y.units[p];
        double nan = Double.NaN;
        return switch (m) {
            case UNITS_PRIMARY -> PanelValue.of(part, theme, m, y.unitsPrimary[p][t]);
            case UNITS_PRIMARY_SHARE -> share(part, theme, m, y.unitsPrimary[p][t], units);
            case UNITS_ANY -> PanelValue.of(part, theme, m, y.unitsAny[p][t]);
            case UNITS_ANY_SHARE -> share(part, theme, m, y.unitsAny[p][t], units);
            case CHAR_SHARE -> new PanelValue(part, theme, m, ratio(y.charsAny[p][t], y.chars[p]),
                    boot == null ? nan : boot[0], boot == null ? nan : boot[1]);
            case HITS -> PanelValue.of(part, theme, m, y.hits[p][t]);
            case HITS_PER_10K_CHARS -> PanelValue.of(part, theme, m, 10_000 * ratio(y.hits[p][t], y.chars[p]));
            case HITS_PER_1K_WORDS -> PanelValue.of(part, theme, m, 1_000 * ratio(y.hits[p][t], y.words[p]));
            case INTENSITY -> new PanelValue(part, theme, m,
                    y.unitsAny[p][t] == 0 ? nan : y.intensityAny[p][t] / y.unitsAny[p][t],
                    boot == null ? nan : boot[2], boot == null ? nan : boot[3]);
        };
    }

    private static PanelValue share(String part, String theme, Measure m, long k, long n) {
        double[] ci = Intervals.wilson(k, n);
        return new PanelValue(part, theme, m, ratio(k, n), ci[0], ci[1]);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
