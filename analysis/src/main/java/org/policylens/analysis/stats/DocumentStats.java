package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * Everything computed for one document: the tidy rows (part × theme × measure, in the order
 * {@link PartScope} × {@link ThemeSet} × {@link Measure}) and the additive summary for pooling.
 */
public record DocumentStats(String document, List<MeasureRow> rows, DocumentSummary summary) {

    public DocumentStats {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(summary, "summary");
        rows = List.copyOf(rows);
    }
}
