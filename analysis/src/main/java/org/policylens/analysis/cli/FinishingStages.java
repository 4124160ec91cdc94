package org.policylens.analysis.cli;

import org.policylens.analysis.output.ChartWriter;
import org.policylens.analysis.pipeline.FinishingStage;
import org.policylens.analysis.report.ReportOptions;
import org.policylens.analysis.report.ReportTheme;
import org.policylens.analysis.report.ReportWriter;
import org.policylens.rules.RulePack;

import java.util.ArrayList;
import java.util.List;

/**
 * The stages after the tables, tests and run.json, all reading the files already in the temporary output
 * folder: the charts, then the self-contained HTML report (which embeds the charts and reads run.json).
 */
final class FinishingStages {

    private FinishingStages() {
    }

    /** @param threads charts drawn at a time (the run's worker count) */
    static List<FinishingStage> standard(RulePack pack, ChartWriter.Options chartOptions, boolean charts, boolean report,
                                         int threads) {
        List<FinishingStage> stages = new ArrayList<>();
        if (charts) {
            stages.add((out, data) -> {
                if (!data.documents().isEmpty()) ChartWriter.write(out.dir(), chartOptions, threads);
            });
        }
        if (report) {
            ReportOptions options = ReportOptions.DEFAULT.withThemes(ReportTheme.fromPack(pack.themes()));
            stages.add((out, data) -> ReportWriter.write(out.dir(), options));
        }
        return stages;
    }
}
