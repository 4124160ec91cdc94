package org.policylens.analysis.perf;

import org.policylens.analysis.ingest.Document;
import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.Classifier;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;
import org.policylens.rules.RulePack;
import org.policylens.rules.segment.ChineseSegmenter;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measuring and checking tool (not a test).
 * <pre>
 * CP=rules/target/classes:analysis/target/classes:analysis/target/test-classes:analysis/target/policylens.jar
 * java -cp $CP org.policylens.analysis.perf.PerfHarness dump samples OUT.txt   # every unit's labels, evidence, words
 * java -cp $CP org.policylens.analysis.perf.PerfHarness time samples [ROUNDS]  # CPU time of this thread per stage
 * java -cp $CP org.policylens.analysis.perf.PerfHarness threads samples N    # classify + words in N threads at once
 * </pre>
 * Compare two dumps with {@code cmp} to prove a speed change kept every label identical.
 */
public final class PerfHarness {

    private PerfHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (args[0].equals("dump")) dump(files, Path.of(args[2]));
        else if (args[0].equals("threads")) threads(files, Integer.parseInt(args[2]));
        else time(files, args.length > 2 ? Integer.parseInt(args[2]) : 3);
    }

    private static void dump(List<Path> files, Path out) throws IOException {
        Classifier c = RulePack.builtin().classifier();
        ChineseSegmenter seg = ChineseSegmenter.standard();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Path f : files) {
                Document d = Ingest.read(f, IngestOptions.DEFAULT);
                w.println("DOC " + d.id() + " " + d.encoding() + " " + d.format() + " " + d.language()
                        + " units=" + d.units().size() + " removals=" + d.removals().size());
                d.removals().forEach(r -> w.println("RM " + r.start() + "-" + r.end() + " " + r.rule()));
                for (Unit u : d.units()) {
                    org.policylens.rules.Explanation x = c.explain(u.norm(), u.section());
                    Labels l = x.labels();
                    if (!l.equals(c.classify(u.norm(), u.section()))) w.println("MISMATCH classify != explain");
                    StringBuilder sb = new StringBuilder();
                    sb.append(u.index()).append(' ').append(u.paragraph()).append(' ').append(u.heading())
                            .append(' ').append(u.part()).append(' ').append(u.start()).append('-').append(u.end())
                            .append(' ').append(u.sectionPath()).append(" | ").append(u.norm())
                            .append(" | ").append(java.util.Arrays.hashCode(u.normToOriginal()))
                            .append(" | ").append(l.themes()).append(' ').append(l.primary()).append(' ')
                            .append(l.scores()).append(' ').append(l.intensity()).append(" |");
                    for (Match m : l.evidence())
                        sb.append(' ').append(m.ruleId()).append(':').append(m.start()).append('-').append(m.end())
                                .append(':').append(m.text()).append(':').append(m.weight());
                    sb.append(" |");
                    for (IntensifierHit h : l.intensifiers())
                        sb.append(' ').append(h.term()).append(':').append(h.start()).append('-').append(h.end());
                    sb.append(" | dropped=").append(x.dropped()).append(' ').append(x.decision());
                    sb.append(" | words=").append(seg.countWords(u.norm()));
                    w.println(sb);
                }
            }
        }
    }

    /** Each of {@code n} threads classifies and counts every unit 10 times; CPU and wall time per thread. */
    private static void threads(List<Path> files, int n) throws IOException {
        Classifier c = RulePack.builtin().classifier();
        ChineseSegmenter seg = ChineseSegmenter.standard();
        List<Unit> units = new ArrayList<>();
        for (Path f : files) units.addAll(Ingest.read(f, IngestOptions.DEFAULT).units());
        long chars = units.stream().mapToLong(u -> u.norm().length()).sum();
        for (Unit u : units) c.classify(u.norm(), u.section()); // warm-up
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            workers.add(new Thread(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long sink = 0;
                for (int r = 0; r < 10; r++) {
                    if (Boolean.getBoolean("perf.separate")) {
                        for (Unit u : units) sink += c.classify(u.norm(), u.section()).themes().size();
                        for (Unit u : units) sink += seg.countWords(u.norm());
                    } else {
                        for (Unit u : units) sink += c.classify(u.norm(), u.section()).themes().size() + seg.countWords(u.norm());
                    }
                }
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - wall0) / 1e9;
                System.out.printf(Locale.ROOT, "thread: %.2f M chars per CPU-s, %.2f M chars per wall-s (%d)%n",
                        10 * chars / cpu / 1e6, 10 * chars / wall / 1e6, sink % 10);
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void time(List<Path> files, int rounds) throws IOException {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Classifier c = RulePack.builtin().classifier();
        ChineseSegmenter seg = ChineseSegmenter.standard();
        List<Unit> units = new ArrayList<>();
        long originalChars = 0;
        for (Path f : files) {
            Document d = Ingest.read(f, IngestOptions.DEFAULT);
            units.addAll(d.units());
            originalChars += d.originalText().length();
        }
        long normChars = units.stream().mapToLong(u -> u.norm().length()).sum();
        double bestIngest = Double.MAX_VALUE, bestClassify = Double.MAX_VALUE, bestWords = Double.MAX_VALUE;
        long sink = 0;
        long[] alloc = new long[3];
        long[] total = new long[3];
        for (int r = 0; r < rounds + 1; r++) {
            long a0 = mx.getCurrentThreadAllocatedBytes();
            long t0 = mx.getCurrentThreadCpuTime();
            for (Path f : files) sink += Ingest.read(f, IngestOptions.DEFAULT).units().size();
            long t1 = mx.getCurrentThreadCpuTime();
            long a1 = mx.getCurrentThreadAllocatedBytes();
            for (Unit u : units) sink += c.classify(u.norm(), u.section()).themes().size();
            long t2 = mx.getCurrentThreadCpuTime();
            long a2 = mx.getCurrentThreadAllocatedBytes();
            for (Unit u : units) sink += seg.countWords(u.norm());
            long t3 = mx.getCurrentThreadCpuTime();
            long a3 = mx.getCurrentThreadAllocatedBytes();
            alloc[0] = a1 - a0;
            alloc[1] = a2 - a1;
            alloc[2] = a3 - a2;
            if (r == 0) continue; // warm-up
            bestIngest = Math.min(bestIngest, (t1 - t0) / 1e9);
            bestClassify = Math.min(bestClassify, (t2 - t1) / 1e9);
            bestWords = Math.min(bestWords, (t3 - t2) / 1e9);
            total[0] += t1 - t0;
            total[1] += t2 - t1;
            total[2] += t3 - t2;
        }
        System.out.printf(Locale.ROOT, "%d files, %d units, %d original chars, %d norm chars; best of %d, thread CPU:%n"
                        + "  ingest   %.3f s = %.2f M chars/s, %d bytes allocated per char%n"
                        + "  classify %.3f s = %.2f M chars/s, %d bytes allocated per char%n"
                        + "  words    %.3f s = %.2f M chars/s, %d bytes allocated per char%n  sum      %.3f s = %.2f M chars/s (%d)%n",
                files.size(), units.size(), originalChars, normChars, rounds,
                bestIngest, originalChars / bestIngest / 1e6, alloc[0] / originalChars,
                bestClassify, originalChars / bestClassify / 1e6, alloc[1] / originalChars,
                bestWords, originalChars / bestWords / 1e6, alloc[2] / originalChars, bestIngest + bestClassify + bestWords,
                originalChars / (bestIngest + bestClassify + bestWords) / 1e6, sink % 10);
        System.out.printf(Locale.ROOT, "  mean of %d rounds: ingest %.2f, classify %.2f, words %.2f M chars/s%n", rounds,
                originalChars * rounds / (total[0] / 1e9) / 1e6, originalChars * rounds / (total[1] / 1e9) / 1e6,
                originalChars * rounds / (total[2] / 1e9) / 1e6);
    }
}
