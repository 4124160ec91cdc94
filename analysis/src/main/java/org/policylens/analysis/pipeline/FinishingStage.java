package org.policylens.analysis.pipeline;

import org.policylens.analysis.output.OutputFolder;

import java.io.IOException;

/** A stage that writes files from the whole run's summaries (tests, charts, report), before the folder is committed. */
@FunctionalInterface
public interface FinishingStage {

    void write(OutputFolder out, RunData data) throws IOException;
}
