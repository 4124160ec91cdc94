package org.policylens.analysis.output;

/** One row of tests_residuals.csv. */
public record ResidualRow(String groupBy, String part, String group, String theme, double observed, double expected,
                          double residual, double p) {
}
