package org.policylens.analysis.cli;

import org.policylens.analysis.output.ChartWriter;
import org.policylens.analysis.pipeline.FinishingStage;

import java.util.ArrayList;
import java.util.List;

/**
 * The stages after the tables and tests: the charts (from the written CSV files) and, once it lands,
 * the HTML report (hook: add its stage here, after the charts it embeds).
 */
final class FinishingStages {

    private FinishingStages() {
    }

    static List<FinishingStage> standard(boolean charts) {
        List<FinishingStage> stages = new ArrayList<>();
        if (charts) {
            stages.add((out, data) -> {
                if (!data.documents().isEmpty()) ChartWriter.write(out.dir(), ChartWriter.Options.DEFAULT);
            });
        }
        return stages;
    }
}
