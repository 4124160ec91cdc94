package org.policylens.analysis.cli;

import org.policylens.analysis.output.ChartWriter;
import org.policylens.charts.Export;
import org.policylens.charts.Format;
import org.policylens.charts.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.Set;

/**
 * Chart options shared by {@code chart}, {@code compare} and {@code analyze}: one place, one meaning. The field
 * initialisers equal the picocli defaults, so an instance made in code (as {@code bench} does) is valid too.
 */
public final class ChartOptions {

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of chart titles and labels (default: ${DEFAULT-VALUE}).")
    String lang = "zh";

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "" + Export.DEFAULT_DPI,
            description = "PNG resolution in dots per inch, 36..1200; a chart is 800 x 500 points (default: ${DEFAULT-VALUE}).")
    int dpi = Export.DEFAULT_DPI;

    @Option(names = "--format", paramLabel = "png,svg,pdf", defaultValue = "png,svg",
            description = "Chart files to write per chart (default: ${DEFAULT-VALUE}).")
    String format = "png,svg";

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = ChartWriter.DEFAULT_MEASURE,
            description = "Measure the charts draw, from panel_long.csv (default: ${DEFAULT-VALUE}).")
    String measure = ChartWriter.DEFAULT_MEASURE;

    /** The chart writer's options; a bad value is a usage error naming the option. */
    ChartWriter.Options toOptions(CommandLine.Model.CommandSpec spec) {
        Lang l;
        Set<Format> formats;
        try {
            l = Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        try {
            formats = Format.parseList(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (dpi < 36 || dpi > 1200) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dpi: expected 36..1200, got " + dpi);
        }
        return new ChartWriter.Options(l, dpi, formats, measure);
    }
}
