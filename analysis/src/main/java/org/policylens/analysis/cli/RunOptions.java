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

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
            description = "Bootstrap replicates per document for the char_share and intensity intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap = 1000;

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
        if (bootstrap < 100)
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must be at least 100: " + bootstrap);
        if (threads != null && threads < 1)
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        if (out != null && Files.exists(out) && !overwrite)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "output folder " + out + " exists; choose another --out or add --overwrite");
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
        StatsOptions stats = StatsOptions.DEFAULT.withBootstrapReplicates(bootstrap);
        ReportAnalyzer analyzer = new ReportAnalyzer(rulePack, IngestOptions.DEFAULT, stats);
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("input", inputLabel);
        recorded.put("group_by", groupBy);
        recorded.put("pack", pack.pack);
        recorded.put("bootstrap_replicates", bootstrap);
        recorded.put("bootstrap_seed", stats.seed());
        recorded.put("charts", !noCharts);
        recorded.put("chart_lang", chartOptions.lang);
        recorded.put("chart_dpi", chartOptions.dpi);
        recorded.put("chart_formats", chartOptions.format);
        recorded.put("chart_measure", chartOptions.measure);
        recorded.put("report", !noReport);
        recorded.put("excel", excel);
        recorded.put("group_variables", corpus.groupVariables());
        List<FinishingStage> finishing = new ArrayList<>(FinishingStages.standard(rulePack, chartOptions.toOptions(spec), !noCharts, !noReport));
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
