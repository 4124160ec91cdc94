package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;

import java.util.Objects;

/**
 * A document that could not be analysed; the run goes on without it.
 *
 * @param stage   where it failed: {@code read} (unreadable, undecodable, empty, not a report), {@code classify},
 *                {@code stats} or {@code internal}
 * @param message what went wrong, naming the place in the file where known
 */
public record DocumentFailure(CorpusEntry entry, String stage, String message) implements DocumentOutcome {

    public DocumentFailure {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }
}
