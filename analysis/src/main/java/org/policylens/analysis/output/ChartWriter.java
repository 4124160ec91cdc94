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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
        return write(dir, options, 1);
    }

    /**
     * As {@link #write(Path, Options)}, drawing up to {@code threads} charts at a time. Each chart is drawn and saved
     * on its own (its own image, its own file), so the files are the same bytes whatever the thread count.
     */
    public static List<Path> write(Path dir, Options options, int threads) {
        OutputTables tables = OutputTables.read(dir);
        return write(tables, ThemeTable.forPack(tables.packName()), options, threads);
    }

    public static List<Path> write(OutputTables tables, ThemeTable themes, Options options) {
        return write(tables, themes, options, 1);
    }

    public static List<Path> write(OutputTables tables, ThemeTable themes, Options options, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        List<PlannedChart> plan = new StandardCharts(tables, themes, options.lang(), options.measure()).plan();
        if (plan.isEmpty()) {
            throw new org.policylens.analysis.cli.InputException(tables.dir() + ": no rows for measure "
                    + options.measure() + " in " + OutputTables.PANEL + " or " + OutputTables.GROUPS);
        }
        Path out = tables.dir().resolve(CHARTS_DIR);
        int n = Math.min(threads, plan.size());
        if (n == 1) {
            List<Path> written = new ArrayList<>();
            for (PlannedChart c : plan) written.addAll(draw(c, out, options));
            return written;
        }
        // A document's three charts are small and a corpus's charts are many: on a compare of hundreds of reports,
        // drawing them one at a time took most of the run.
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "policylens-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Path>>> drawn = new ArrayList<>(plan.size());
            for (PlannedChart c : plan) drawn.add(pool.submit(() -> draw(c, out, options)));
            List<Path> written = new ArrayList<>();
            for (Future<List<Path>> f : drawn) written.addAll(result(f));
            return written;
        } finally {
            // charts not started are dropped; those being drawn finish before the caller (which may delete the
            // temporary folder after an error) goes on
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static List<Path> draw(PlannedChart c, Path out, Options options) {
        return c.figure().get().save(out.resolve(c.name()), options.formats(), options.dpi());
    }

    /** The chart's files, or the chart's own exception (an error of one chart stops the stage, as it does serially). */
    private static List<Path> result(Future<List<Path>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
