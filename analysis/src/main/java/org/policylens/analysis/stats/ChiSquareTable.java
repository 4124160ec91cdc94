package org.policylens.analysis.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Pearson's chi-square test of independence on an r × c table of counts with no empty row or column
 * (no continuity correction, as R's {@code chisq.test} for tables larger than 2×2), Cramér's V and the
 * adjusted standardised residuals (R: {@code chisq.test(x)$stdres}).
 */
final class ChiSquareTable {
    final long[][] observed;
    final double[][] expected;
    final double[][] adjustedResidual;
    final double statistic;
    final int df;
    final double p;
    final double cramersV;
    final long n;
    final int smallExpected;

    ChiSquareTable(long[][] observed) {
        int r = observed.length, c = observed[0].length;
        if (r < 2 || c < 2) throw new IllegalArgumentException("need at least a 2 × 2 table: " + r + " × " + c);
        this.observed = observed;
        long[] rows = new long[r];
        long[] cols = new long[c];
        long total = 0;
        for (int i = 0; i < r; i++)
            for (int j = 0; j < c; j++) {
                rows[i] += observed[i][j];
                cols[j] += observed[i][j];
                total += observed[i][j];
            }
        for (long x : rows) if (x == 0) throw new IllegalArgumentException("empty row");
        for (long x : cols) if (x == 0) throw new IllegalArgumentException("empty column");
        n = total;
        expected = new double[r][c];
        adjustedResidual = new double[r][c];
        double x2 = 0;
        int small = 0;
        for (int i = 0; i < r; i++)
            for (int j = 0; j < c; j++) {
                double e = (double) rows[i] * cols[j] / total;
                expected[i][j] = e;
                if (e < 5) small++;
                double d = observed[i][j] - e;
                x2 += d * d / e;
                double v = e * (1 - (double) rows[i] / total) * (1 - (double) cols[j] / total);
                adjustedResidual[i][j] = d / Math.sqrt(v);
            }
        statistic = x2;
        df = (r - 1) * (c - 1);
        p = Gamma.regularizedGammaQ(df / 2.0, x2 / 2.0);
        cramersV = Math.sqrt(x2 / (total * (double) (Math.min(r, c) - 1)));
        smallExpected = small;
    }
}
