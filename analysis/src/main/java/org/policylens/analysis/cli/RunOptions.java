package org.policylens.analysis.cli;

import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.pipeline.CompareRun;
import org.policylens.analysis.pipeline.CompareSettings;
import org.policylens.analysis.pipeline.FinishingStage;
import org.policylens.analysis.pipeline.PackInfo;
import org.policylens.analysis.pipeline.ProgressListener;
import org.policylens.analysis.pipeline.ReportAnalyzer;
import org.policylens.analysis.pipeline.RunSummary;
import org.policylens.analysis.pipeline.StageClock;
import org.policylens.analysis.stats.IntervalMethod;
import org.policylens.analysis.stats.StatsOptions;
import org.policylens.rules.RulePack;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Options shared by {@code compare} and {@code analyze}, and the run they configure. */
public final class RunOptions {

    @CommandLine.Mixin
    ChartOptions chartOptions = new ChartOptions();

    @Option(names = "--group-by", paramLabel = "VAR", defaultValue = "city",
            description = "Group variable for the across-group statistics: city, year, province, ... (default: ${DEFAULT-VALUE}).")
    String groupBy = "city";

    @CommandLine.Mixin
    PackOption pack = new PackOption();

    @Option(names = "--no-charts", description = "Skip the charts (they take a while for thousands of documents).")
    boolean noCharts;

    @Option(names = "--no-report", description = "Skip report.html.")
    boolean noReport;

    @Option(names = "--interval", paramLabel = "METHOD",
            description = {"95%% intervals of char_share and intensity: analytic (linearised ratio variance, stratified "
                    + "by part; the default) or bootstrap (percentile bootstrap, B replicates per document and group).",
                    "--bootstrap B alone implies bootstrap."})
    String interval;

    @Option(names = "--bootstrap", paramLabel = "B",
            description = "Use the bootstrap interval with B replicates (at least 100; 1000 when --interval bootstrap "
                    + "is given without it). Not allowed with --interval analytic.")
    Integer bootstrap;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--excel", description = "Write CSV files with a byte-order mark so Excel shows Chinese text correctly.")
    boolean excel;

    @Option(names = "--overwrite", description = "Replace an existing output folder (only once the new one is complete).")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line.")
    boolean quiet;

    /** Whether to print the one-line summary naming the output folder (off when it is a scratch folder). */
    boolean announce = true;

    /** Rejects bad option values before any work (usage errors, exit 2). */
    void check(CommandLine.Model.CommandSpec spec, Path out) {
        intervalMethod(spec);
        if (bootstrap != null && bootstrap < 100)
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must be at least 100: " + bootstrap);
        if (threads != null && threads < 1)
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        if (out != null && Files.exists(out) && !overwrite)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "output folder " + out + " exists; choose another --out or add --overwrite");
    }

    /** The interval method: {@code --interval}, else bootstrap when {@code --bootstrap} is given, else analytic. */
    IntervalMethod intervalMethod(CommandLine.Model.CommandSpec spec) {
        if (interval == null) return bootstrap != null ? IntervalMethod.BOOTSTRAP : IntervalMethod.ANALYTIC;
        IntervalMethod m;
        try {
            m = IntervalMethod.of(interval);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--interval must be analytic or bootstrap: " + interval);
        }
        if (m == IntervalMethod.ANALYTIC && bootstrap != null)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bootstrap " + bootstrap + " sets bootstrap replicates, but --interval is analytic; drop one of them");
        return m;
    }

    /** The statistics options these command-line options choose. */
    StatsOptions statsOptions(CommandLine.Model.CommandSpec spec) {
        IntervalMethod m = intervalMethod(spec);
        return m == IntervalMethod.BOOTSTRAP
                ? StatsOptions.DEFAULT.withBootstrap(bootstrap == null ? StatsOptions.DEFAULT.bootstrapReplicates() : bootstrap)
                : StatsOptions.DEFAULT;
    }

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /**
     * Runs the corpus through the standard analyzer into {@code out}: tables, tests, run.json, charts and
     * report, then the {@code extra} stages; {@code keepRows} keeps every document's panel rows for them.
     */
    RunSummary execute(CommandLine.Model.CommandSpec spec, Corpus corpus, Path out, String inputLabel,
                       List<FinishingStage> extra, boolean keepRows, StageClock clock) throws Exception {
        if (corpus.groupIndex(groupBy) < 0)
            throw new CommandLine.ParameterException(spec.commandLine(), "--group-by " + groupBy
                    + ": not a group variable of this corpus (have: " + String.join(", ", corpus.groupVariables()) + ")");
        RulePack rulePack = pack.load();
        StatsOptions stats = statsOptions(spec);
        ReportAnalyzer analyzer = new ReportAnalyzer(rulePack, IngestOptions.DEFAULT, stats);
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("input", inputLabel);
        recorded.put("group_by", groupBy);
        recorded.put("pack", pack.pack);
        recorded.put("interval", stats.interval().id());
        if (stats.interval() == IntervalMethod.BOOTSTRAP) {
            recorded.put("bootstrap_replicates", stats.bootstrapReplicates());
            recorded.put("bootstrap_seed", stats.seed());
        }
        recorded.put("charts", !noCharts);
        recorded.put("chart_lang", chartOptions.lang);
        recorded.put("chart_dpi", chartOptions.dpi);
        recorded.put("chart_formats", chartOptions.format);
        recorded.put("chart_measure", chartOptions.measure);
        recorded.put("report", !noReport);
        recorded.put("excel", excel);
        recorded.put("group_variables", corpus.groupVariables());
        List<FinishingStage> finishing = new ArrayList<>(
                FinishingStages.standard(rulePack, chartOptions.toOptions(spec), !noCharts, !noReport, threads()));
        finishing.addAll(extra);
        CompareSettings settings = new CompareSettings(out, groupBy, excel, overwrite, threads(), recorded, stats,
                finishing, keepRows);
        PackInfo info = new PackInfo(rulePack.name(), rulePack.version(), rulePack.sha256());
        PrintWriter err = spec.commandLine().getErr();
        RunSummary summary;
        try (ProgressListener progress = ProgressListener.create(err, corpus.size(), !quiet)) {
            summary = new CompareRun(corpus, analyzer, info, settings, clock).run(progress);
        }
        if (!quiet && announce) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%d documents (%d failed), %.1fM chars in %.1f s -> %s%n",
                    summary.documents(), summary.failures().size(), summary.chars() / 1e6, summary.seconds(), out);
            o.flush();
        }
        return summary;
    }
}
