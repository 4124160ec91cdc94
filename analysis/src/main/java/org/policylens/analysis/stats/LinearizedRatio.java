package org.policylens.analysis.stats;

/**
 * The normal 95% interval of a ratio of sums {@code r = Y / X} from its linearised (Taylor, delta-method)
 * variance, as R's {@code survey::svyratio}: with residuals {@code z_i = (y_i − r·x_i) / X} of the sampling
 * units {@code i} of strata {@code h},
 *
 * <pre>  V(r) = Σ_h n_h/(n_h − 1) · Σ_{i∈h} (z_i − z̄_h)²        r ± qnorm(0.975)·sqrt(V), clipped to [min, max]</pre>
 *
 * A stratum of one unit adds nothing (R: {@code options(survey.lonely.psu = "certainty")}). Callers pass the
 * within-stratum sums of squares of the unscaled residuals {@code e_i = y_i − r·x_i}; this class only combines
 * them, so documents (units in part strata) and groups (documents as clusters) share one formula.
 */
final class LinearizedRatio {
    private LinearizedRatio() {
    }

    /**
     * @param ratio        {@code r = Y / X}
     * @param total        {@code X}
     * @param contributing units with {@code x_i ≠ 0}; fewer than 2 means no variance can be estimated
     * @param sizes        {@code n_h} per stratum
     * @param sumSquares   {@code Σ_{i∈h} (e_i − ē_h)²} per stratum, {@code e_i = y_i − r·x_i}
     * @return the interval, or {@link Interval#NONE} when {@code X = 0} or fewer than 2 units contribute
     */
    static Interval interval(double ratio, double total, long contributing, long[] sizes, double[] sumSquares,
                             double min, double max) {
        if (!(total > 0) || contributing < 2 || Double.isNaN(ratio)) return Interval.NONE;
        double v = 0;
        for (int h = 0; h < sizes.length; h++)
            if (sizes[h] > 1) v += (double) sizes[h] / (sizes[h] - 1) * sumSquares[h];
        double half = Wilson.Z95 * Math.sqrt(v) / total;
        return new Interval(Math.max(min, ratio - half), Math.min(max, ratio + half));
    }
}
