package org.policylens.analysis.stats;

/**
 * The 95% intervals of char_share and intensity for every scope and theme of one document or group, indexed
 * {@code [scope.ordinal()][theme]}; {@link Interval#NONE} where there is none. Package-private value.
 */
record ScopeIntervals(Interval[][] charShare, Interval[][] intensity) {
}
