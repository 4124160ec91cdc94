package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;

import java.util.List;

/**
 * The work done for one document, on a worker thread: read, classify, count, format its rows.
 * Implementations are thread-safe and hold no per-document state between calls.
 */
public interface DocumentAnalyzer {

    /** The theme ids (pack order, without {@code none}) every result is tallied by. */
    List<String> themes();

    /**
     * Analyses one document.
     *
     * @throws DocumentFailedException when the document cannot be analysed (unreadable, empty, not a report)
     */
    DocumentResult analyze(CorpusEntry entry, StageClock clock);
}
