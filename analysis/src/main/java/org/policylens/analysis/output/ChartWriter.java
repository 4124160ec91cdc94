package org.policylens.analysis.output;

import org.policylens.charts.Export;
import org.policylens.charts.Format;
import org.policylens.charts.Lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the standard charts of a compare/analyze output folder into {@code DIR/charts/}, from its CSV files only,
 * so charts can be redrawn (other language, dpi, format) without re-running the analysis.
 *
 * <pre>{@code ChartWriter.write(outputDir, ChartWriter.Options.DEFAULT);}</pre>
 */
public final class ChartWriter {
    public static final String CHARTS_DIR = "charts";
    public static final String DEFAULT_MEASURE = "units_primary_share";

    /**
     * @param lang    label language
     * @param dpi     PNG resolution (72 = 1 pixel per point)
     * @param formats files to write per chart
     * @param measure measure of panel_long/groups_long to draw
     */
    public record Options(Lang lang, int dpi, Set<Format> formats, String measure) {
        public static final Options DEFAULT = new Options(Lang.ZH, Export.DEFAULT_DPI, EnumSet.of(Format.PNG,
                Format.SVG), DEFAULT_MEASURE);

        public Options {
            Objects.requireNonNull(lang, "lang");
            formats = Set.copyOf(formats);
            if (formats.isEmpty()) throw new IllegalArgumentException("formats: at least one");
            Objects.requireNonNull(measure, "measure");
        }
    }

    private ChartWriter() {
    }

    /** Reads the tables in {@code dir} and writes every standard chart; returns the files written, in plan order. */
    public static List<Path> write(Path dir, Options options) {
        OutputTables tables = OutputTables.read(dir);
        return write(tables, ThemeTable.forPack(tables.packName()), options);
    }

    public static List<Path> write(OutputTables tables, ThemeTable themes, Options options) {
        List<PlannedChart> plan = new StandardCharts(tables, themes, options.lang(), options.measure()).plan();
        if (plan.isEmpty()) {
            throw new org.policylens.analysis.cli.InputException(tables.dir() + ": no rows for measure "
                    + options.measure() + " in " + OutputTables.PANEL + " or " + OutputTables.GROUPS);
        }
        Path out = tables.dir().resolve(CHARTS_DIR);
        List<Path> written = new ArrayList<>();
        for (PlannedChart c : plan) {
            written.addAll(c.figure().get().save(out.resolve(c.name()), options.formats(), options.dpi()));
        }
        return written;
    }
}
