package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * Per-document emphasis measures. Immutable and thread-safe: one instance can serve many threads, and the
 * result for a document depends only on its id, its units and the options (never on scheduling).
 *
 * <pre>{@code
 * var stats = new EmphasisStats(ThemeSet.of("economy", "innovation", "ecology", "livelihood"), StatsOptions.DEFAULT);
 * DocumentStats d = stats.document("shenzhen-2024", observations);
 * d.rows();      // part × theme × measure with intervals
 * d.summary();   // keep for GroupComparison
 * }</pre>
 */
public final class EmphasisStats {
    private final ThemeSet themes;
    private final StatsOptions options;

    public EmphasisStats(ThemeSet themes, StatsOptions options) {
        this.themes = Objects.requireNonNull(themes, "themes");
        this.options = Objects.requireNonNull(options, "options");
    }

    public ThemeSet themes() {
        return themes;
    }

    public StatsOptions options() {
        return options;
    }

    /**
     * Measures of one document. An empty unit list is allowed: counts are 0 and shares are undefined (NaN
     * with a note).
     */
    public DocumentStats document(String documentId, List<UnitObservation> units) {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(units, "units");
        throw new UnsupportedOperationException("not yet");
    }
}
