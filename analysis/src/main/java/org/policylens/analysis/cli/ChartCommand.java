package org.policylens.analysis.cli;

import org.policylens.analysis.output.ChartWriter;
import org.policylens.charts.Export;
import org.policylens.charts.Format;
import org.policylens.charts.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "language of titles and labels (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "" + Export.DEFAULT_DPI,
            description = "PNG resolution in dots per inch; a chart is 800 x 500 points (default: ${DEFAULT-VALUE})")
    int dpi;

    @Option(names = "--format", paramLabel = "png,svg,pdf", defaultValue = "png,svg",
            description = "files to write per chart (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = ChartWriter.DEFAULT_MEASURE,
            description = "measure to draw, from panel_long.csv (default: ${DEFAULT-VALUE})")
    String measure;

    @Override
    public Integer call() {
        Lang l;
        Set<Format> formats;
        try {
            l = Lang.parse(lang);
            formats = Format.parseList(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (dpi < 36 || dpi > 1200) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dpi: expected 36..1200, got " + dpi);
        }
        List<Path> files = ChartWriter.write(dir, new ChartWriter.Options(l, dpi, formats, measure));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("wrote %d files to %s%n", files.size(), dir.resolve(ChartWriter.CHARTS_DIR));
        out.flush();
        return ExitCodes.OK;
    }
}
