package org.policylens.analysis.cli;

import org.policylens.analysis.bench.BenchCharts;
import org.policylens.analysis.bench.BenchCorpus;
import org.policylens.analysis.bench.HeapSampler;
import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.corpus.CorpusLoader;
import org.policylens.analysis.corpus.NamePattern;
import org.policylens.analysis.pipeline.RunSummary;
import org.policylens.analysis.pipeline.StageClock;
import org.policylens.analysis.stats.IntervalMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code policylens bench}: repeats the sample reports into a corpus of the given size, runs the full
 * compare pipeline on it and prints per-stage and end-to-end throughput; the last line is
 * {@code throughput_chars_per_s=N threads=T peak_heap_mb=M}.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Measures the compare pipeline on a corpus built by repeating the sample reports.",
                "Prints per-stage and end-to-end throughput, then as its last line:",
                "throughput_chars_per_s=N threads=T peak_heap_mb=M"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error", "2:usage error", "4:samples not found"})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--size", paramLabel = "MB", defaultValue = "100", description = "Corpus size in MB (default: ${DEFAULT-VALUE}).")
    int sizeMb;

    @Option(names = "--warmup", paramLabel = "MB", defaultValue = "0",
            description = {"Before the measured run, run the same pipeline on a separate corpus of this size and discard it,",
                    "so the JIT has compiled the hot code (steady-state throughput; default: ${DEFAULT-VALUE}, a cold start",
                    "as a researcher's single compare run sees it)."})
    int warmupMb;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample reports to repeat (default: ./samples, or the one next to the jar's project).")
    Path samples;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Write the corpus to DIR and keep it (e.g. to run another tool on the same files); default: a temporary folder, deleted afterwards.")
    Path corpusDir;

    @Option(names = "--pack", paramLabel = "PACK", defaultValue = "zh-policy", description = "Rule pack (default: ${DEFAULT-VALUE}).")
    String pack;

    @Option(names = "--interval", paramLabel = "METHOD",
            description = "char_share/intensity intervals: analytic (default, as compare) or bootstrap.")
    String interval;

    @Option(names = "--bootstrap", paramLabel = "B",
            description = "Bootstrap intervals with B replicates per document (implies --interval bootstrap; as compare).")
    Integer bootstrap;

    @Option(names = "--charts",
            description = {"Also draw the charts as compare does (same chart writer, default chart options, --threads),",
                    "after the measured run, and print their process CPU as the stage line 'charts' (not in end_to_end)."})
    boolean charts;

    @Override
    public Integer call() throws Exception {
        if (sizeMb < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--size must be at least 1 MB");
        if (warmupMb < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be 0 or more MB");
        if (threads != null && threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        RunOptions run = new RunOptions();
        run.pack.pack = pack;
        run.noCharts = true;
        run.noReport = true;
        run.interval = interval;
        run.bootstrap = bootstrap;
        run.threads = t;
        run.quiet = true;
        run.check(spec, null);
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("policylens-bench-");
        Thread cleanup = new Thread(() -> {
            try {
                deleteTree(scratch);
            } catch (IOException | RuntimeException ignored) {
                // best effort while the JVM stops
            }
        }, "policylens-bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup); // Ctrl-C or kill: the corpus copy goes too
        try {
            Path corpusRoot = corpusDir != null ? corpusDir : scratch.resolve("corpus");
            if (corpusDir != null && Files.exists(corpusDir))
                throw new CommandLine.ParameterException(spec.commandLine(), "--corpus " + corpusDir + " exists");
            List<Path> files = BenchCorpus.samples(samplesFolder());
            long bytes = BenchCorpus.build(files, corpusRoot, (long) sizeMb * 1024 * 1024);
            Corpus corpus = CorpusLoader.load(corpusRoot, NamePattern.parse(NamePattern.DEFAULT), Optional.empty());
            out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB (%s)%n", corpus.size(), bytes / 1e6, corpusRoot);
            out.flush();

            if (warmupMb > 0) warmUp(run, files, scratch, out);

            StageClock clock = new StageClock();
            System.gc();
            RunSummary summary;
            long peak;
            long cpu0 = processCpuNanos();
            long gc0 = gcMillis();
            try (HeapSampler heap = HeapSampler.start(20)) {
                summary = run.execute(spec, corpus, scratch.resolve("out"), corpusRoot.toString(), List.of(), false, clock);
                peak = heap.peakMb();
            }
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            double gcSeconds = (gcMillis() - gc0) / 1e3;
            BenchCharts.Result drawn = charts && summary.documents() > summary.failures().size()
                    ? BenchCharts.draw(scratch.resolve("out"), run.chartOptions.toOptions(spec), t) : null;
            double chars = summary.chars();
            out.printf(Locale.ROOT, "intervals: %s%n", run.statsOptions(spec).interval() == IntervalMethod.BOOTSTRAP
                    ? "bootstrap, B = " + run.statsOptions(spec).bootstrapReplicates() : "analytic");
            out.printf(Locale.ROOT, "%-10s %12s %16s   (%s time of the threads doing the stage)%n", "stage",
                    "seconds", "chars_per_s", StageClock.cpuTime() ? "CPU" : "wall");
            for (StageClock.Stage s : StageClock.Stage.values()) {
                double sec = clock.seconds(s);
                out.printf(Locale.ROOT, "%-10s %12.2f %16.0f%n", s.id(), sec, sec == 0 ? 0 : chars / sec);
            }
            if (drawn != null) out.printf(Locale.ROOT, "%-10s %12.2f %16.0f   (process CPU drawing %d chart files on %d"
                    + " thread%s, %.2f s wall; not in end_to_end)%n", "charts", drawn.cpuSeconds(), drawn.cpuSeconds() == 0
                    ? 0 : chars / drawn.cpuSeconds(), drawn.files(), t, t == 1 ? "" : "s", drawn.wallSeconds());
            double rate = chars / summary.seconds();
            out.printf(Locale.ROOT, "end_to_end: %.0f chars in %.2f s wall = %.0f chars/s (%.0f per thread); %d documents, %d failed%n",
                    chars, summary.seconds(), rate, rate / t, summary.documents(), summary.failures().size());
            out.printf(Locale.ROOT, "process_cpu: %.2f s = %.0f chars per CPU-second (GC and JIT included; load-independent);"
                    + " gc: %.2f s in collections%n", cpuSeconds, cpuSeconds == 0 ? 0 : chars / cpuSeconds, gcSeconds);
            double stageSeconds = 0;
            for (StageClock.Stage s : StageClock.Stage.values()) stageSeconds += clock.seconds(s);
            out.printf(Locale.ROOT, "in_order_writer: %.2f s = %.1f%% of the stages' time, on one thread (the rest runs on %d worker%s)%n",
                    clock.serialSeconds(), stageSeconds == 0 ? 0 : 100 * clock.serialSeconds() / stageSeconds, t, t == 1 ? "" : "s");
            if (StageClock.allocationMeasured()) {
                long total = 0;
                StringBuilder per = new StringBuilder();
                for (StageClock.Stage s : StageClock.Stage.values()) {
                    long b = clock.bytesAllocated(s);
                    total += b;
                    per.append(per.length() == 0 ? "" : ", ").append(s.id()).append(' ')
                            .append(String.format(Locale.ROOT, "%.1f", chars == 0 ? 0 : b / chars));
                }
                out.printf(Locale.ROOT, "allocation: %.1f bytes per char in the stages (%s); %.0f MB in all%n",
                        chars == 0 ? 0 : total / chars, per, total / 1e6);
            }
            out.printf(Locale.ROOT, "throughput_chars_per_s=%.0f threads=%d peak_heap_mb=%d%n", rate, t, peak);
            out.flush();
            return ExitCodes.OK;
        } finally {
            deleteTree(scratch);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
    }

    /** Runs the pipeline once on its own corpus of {@code warmupMb} and throws the result away. */
    private void warmUp(RunOptions run, List<Path> files, Path scratch, PrintWriter out) throws Exception {
        Path root = scratch.resolve("warmup");
        long bytes = BenchCorpus.build(files, root, (long) warmupMb * 1024 * 1024);
        Corpus corpus = CorpusLoader.load(root, NamePattern.parse(NamePattern.DEFAULT), Optional.empty());
        RunSummary s = run.execute(spec, corpus, scratch.resolve("warmup-out"), root.toString(), List.of(), false, new StageClock());
        out.printf(Locale.ROOT, "warmup: %d documents, %.1f MB in %.2f s wall (not counted below)%n", corpus.size(), bytes / 1e6, s.seconds());
        out.flush();
        deleteTree(root);
        deleteTree(scratch.resolve("warmup-out"));
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }

    private Path samplesFolder() {
        if (samples != null) return samples;
        Path here = Path.of("samples");
        if (Files.isDirectory(here)) return here;
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = jar.getParent() == null ? null : jar.getParent().getParent();
            if (project != null && project.getParent() != null && Files.isDirectory(project.getParent().resolve("samples")))
                return project.getParent().resolve("samples");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the error below
        }
        throw new InputException("no samples folder found; give one with --samples DIR");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
