package org.policylens.analysis.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measuring tool (not a test): single-thread throughput (wall clock and CPU time of the thread, which is the
 * fairer figure on a shared machine) of {@link Ingest#read} on a folder of documents.
 *
 * <pre>
 * ./mvnw -B -q -o -pl analysis -am package -DskipTests
 * java -cp analysis/target/policylens.jar:analysis/target/test-classes \
 *     org.policylens.analysis.ingest.IngestThroughput samples 20
 * </pre>
 */
public final class IngestThroughput {

    private IngestThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long chars = 0;
        long units = 0;
        for (int r = 0; r < 5; r++) for (Path f : files) Ingest.read(f, IngestOptions.DEFAULT);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Path f : files) {
                Document d = Ingest.read(f, IngestOptions.DEFAULT);
                chars += d.originalText().length();
                units += d.units().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "%d files x %d rounds: %d chars, %d units in %.2f s wall = %.2f M chars/s;"
                        + " %.2f s CPU of this thread = %.2f M chars/CPU-s%n",
                files.size(), rounds, chars, units, seconds, chars / seconds / 1e6, cpu, chars / cpu / 1e6);
    }
}
