package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.corpus.PanelValue;
import org.policylens.analysis.corpus.Tally;

import java.util.List;
import java.util.Map;

/**
 * What the finishing stages (across-group tests, charts, report) get once every document is done:
 * small per-document summaries and pooled group tallies, never document text.
 *
 * @param themes    theme ids in pack order (without {@code none})
 * @param groupBy   the group variable chosen with {@code --group-by}
 * @param documents the documents that succeeded, in input order
 * @param groups    pooled tallies per group value, sorted by group value
 */
public record RunData(Corpus corpus, List<String> themes, String groupBy, List<DocumentSummary> documents,
                      Map<String, Tally> groups) {

    /** One analysed document. */
    public record DocumentSummary(String id, List<String> groupValues, Tally tally, List<PanelValue> panel) {
        public DocumentSummary {
            groupValues = List.copyOf(groupValues);
            panel = List.copyOf(panel);
        }
    }

    public RunData {
        themes = List.copyOf(themes);
        documents = List.copyOf(documents);
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
    }
}
