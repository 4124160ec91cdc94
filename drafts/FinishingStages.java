package org.policylens.analysis.cli;

import org.policylens.analysis.pipeline.FinishingStage;
import org.policylens.rules.RulePack;

import java.util.List;

/** The stages after the panel: across-group tests, charts, report (each added as its package lands). */
final class FinishingStages {

    private FinishingStages() {
    }

    static List<FinishingStage> standard(RulePack pack) {
        return List.of();
    }
}
