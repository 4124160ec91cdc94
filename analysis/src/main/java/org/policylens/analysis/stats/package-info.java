/**
 * Emphasis statistics: how much of a report each theme gets, with uncertainty, and tests across groups.
 *
 * <p>Front doors: {@link org.policylens.analysis.stats.EmphasisStats#document} turns one document's
 * {@link org.policylens.analysis.stats.UnitObservation}s into per-part, per-theme measures
 * ({@link org.policylens.analysis.stats.MeasureRow}) and an additive
 * {@link org.policylens.analysis.stats.DocumentSummary}; {@link org.policylens.analysis.stats.GroupComparison#compare}
 * pools summaries by a group variable and runs the tests ({@link org.policylens.analysis.stats.GroupResults}).
 *
 * <p>This package knows nothing of rule packs, ingest or files: the caller supplies plain observations
 * and the theme order. Apache Commons Math is used inside and never appears in a public signature.
 * Every formula is in {@code docs/metrics.md}.
 */
package org.policylens.analysis.stats;
