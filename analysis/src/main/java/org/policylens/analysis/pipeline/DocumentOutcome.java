package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;

/** What became of one document: a {@link DocumentResult} or a {@link DocumentFailure}. */
public sealed interface DocumentOutcome permits DocumentResult, DocumentFailure {

    /** The document. */
    CorpusEntry entry();
}
