package org.policylens.analysis.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/** OLS slope of y on x with a 95% t interval and two-sided p (Commons Math SimpleRegression). */
final class Regression {
    final double slope;
    final double lower;
    final double upper;
    final double p;
    final boolean exactFit;

    Regression(double[] x, double[] y) {
        if (x.length != y.length || x.length < 3) throw new IllegalArgumentException("need >= 3 paired points");
        SimpleRegression reg = new SimpleRegression(true);
        for (int i = 0; i < x.length; i++) reg.addData(x[i], y[i]);
        slope = reg.getSlope();
        double se = reg.getSlopeStdErr();
        double sse = reg.getSumSquaredErrors(), sst = reg.getTotalSumSquares();
        exactFit = sst == 0 || sse <= 1e-20 * sst || !(se > 0);  // rounding leaves ~1e-30, not 0
        if (exactFit) {
            lower = slope;
            upper = slope;
            p = Double.NaN;
        } else {
            int df = x.length - 2;
            TDistribution t = new TDistribution(null, df);
            double q = t.inverseCumulativeProbability(0.975);
            lower = slope - q * se;
            upper = slope + q * se;
            double tStat = Math.abs(slope / se);
            p = 2 * t.cumulativeProbability(-tStat);
        }
    }
}
