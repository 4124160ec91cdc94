package org.policylens.analysis.pipeline;

/** Hears about documents as the run writes them (progress bar, stderr messages). Called on one thread. */
public interface RunListener {

    /** A document's outcome was written; {@code chars} is 0 for failures. */
    void documentDone(DocumentOutcome outcome, long chars);

    RunListener NONE = (o, c) -> { };
}
