package org.policylens.charts;

import java.util.ArrayList;
import java.util.List;

/** Axis ranges and value rescaling shared by the chart builders. */
final class Scales {
    private Scales() {
    }

    /** A round axis maximum a little above {@code max}: for shares a multiple of 5% (at most 100%). */
    static double niceMax(double max, boolean percent) {
        if (!(max > 0)) return 1.0;
        double padded = max * 1.08;
        if (percent) return Math.min(1.0, Math.ceil(padded * 20) / 20);
        double mag = Math.pow(10, Math.floor(Math.log10(padded)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * mag >= padded) return step * mag;
        }
        return 10 * mag;
    }

    /**
     * Class width for a diverging scale of {@code classes} (even) equal classes with a boundary at 0 that covers
     * +-maxAbs; with 6 classes and steps 1 or 2 the boundaries include +-2, the usual residual threshold.
     */
    static double divergingStep(double maxAbs, int classes) {
        double half = classes / 2.0;
        for (double step : new double[]{0.5, 1, 2, 3, 5, 10, 20, 50, 100}) {
            if (step * half >= maxAbs) return step;
        }
        return Math.ceil(maxAbs / half);
    }

    /** Rescales each category's values over the series so they sum to 1 (NaN counts as 0; an all-zero category stays 0). */
    static CategoryData toShares(CategoryData data) {
        int n = data.categories().size();
        double[] sums = new double[n];
        for (Series s : data.series()) {
            for (int i = 0; i < n; i++) {
                double v = s.values().get(i);
                if (!Double.isNaN(v)) {
                    if (v < 0) throw new IllegalArgumentException("100% stacked bars: negative value " + v
                            + " in series '" + s.name() + "', category '" + data.categories().get(i) + "'");
                    sums[i] += v;
                }
            }
        }
        List<Series> out = new ArrayList<>();
        for (Series s : data.series()) {
            List<Double> v = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double x = s.values().get(i);
                v.add(sums[i] > 0 && !Double.isNaN(x) ? x / sums[i] : 0.0);
            }
            out.add(Series.of(s.name(), s.color(), v));
        }
        return new CategoryData(data.text().percent(), data.categories(), out);
    }
}
