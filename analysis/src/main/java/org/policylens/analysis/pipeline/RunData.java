package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.stats.GroupResults;
import org.policylens.analysis.stats.MeasureRow;

import java.util.List;

/**
 * What the finishing stages (charts, report, the terminal table) get once every document is done:
 * small per-document summaries and the group results, never document text.
 *
 * @param themes    theme ids in pack order (without {@code none})
 * @param groupBy   the group variable chosen with {@code --group-by}
 * @param documents the documents that succeeded, in input order
 * @param groups    pooled measures and across-group tests
 */
public record RunData(Corpus corpus, List<String> themes, String groupBy, List<DocumentSummary> documents,
                      GroupResults groups) {

    /**
     * One analysed document.
     *
     * @param rows the panel rows, kept only when the run was asked to ({@link CompareSettings#keepRows()})
     */
    public record DocumentSummary(String id, List<String> groupValues,
                                  org.policylens.analysis.stats.DocumentSummary stats, List<MeasureRow> rows) {
        public DocumentSummary {
            groupValues = List.copyOf(groupValues);
            rows = List.copyOf(rows);
        }
    }

    public RunData {
        themes = List.copyOf(themes);
        documents = List.copyOf(documents);
    }
}
