package org.policylens.analysis.pipeline;

import java.util.List;

/** How a compare run went. */
public record RunSummary(int documents, List<DocumentFailure> failures, long chars, double seconds) {

    public RunSummary {
        failures = List.copyOf(failures);
    }

    /** Documents analysed successfully. */
    public int succeeded() {
        return documents - failures.size();
    }
}
