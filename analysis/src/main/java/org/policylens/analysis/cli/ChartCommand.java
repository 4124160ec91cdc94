package org.policylens.analysis.cli;

import org.policylens.analysis.output.ChartWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens chart DIR}: redraws the charts of an output folder from its CSV files. */
@Command(name = "chart",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Redraws the charts of a compare/analyze output folder from its CSV files (panel_long.csv, "
                + "groups_long.csv, tests_residuals.csv, run.json) into DIR/charts/, without re-running the analysis.",
                "Chinese labels use the font bundled in the jar: nothing needs to be installed."})
public final class ChartCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "output folder of compare or analyze")
    Path dir;

    @CommandLine.Mixin
    ChartOptions chartOptions = new ChartOptions();

    @Override
    public Integer call() {
        List<Path> files = ChartWriter.write(dir, chartOptions.toOptions(spec),
                Runtime.getRuntime().availableProcessors());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("wrote %d files to %s%n", files.size(), dir.resolve(ChartWriter.CHARTS_DIR));
        out.flush();
        return ExitCodes.OK;
    }
}
