package org.policylens.analysis.bench;

import org.policylens.analysis.output.ChartWriter;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code bench --charts}: draws the standard charts of a finished output folder as {@code compare} does (the same
 * {@link ChartWriter} call on the same tables, options and thread count) and measures them. Drawn after the run, so
 * the pipeline's stage figures stay those of {@code bench} without charts.
 */
public final class BenchCharts {

    /**
     * @param files      chart files written
     * @param cpuSeconds process CPU while drawing (every thread: the drawing threads, GC, JIT)
     * @param wallSeconds wall time of the stage
     */
    public record Result(int files, double cpuSeconds, double wallSeconds) {
    }

    private BenchCharts() {
    }

    /** Draws the charts of output folder {@code dir} into {@code dir/charts/} on {@code threads} threads. */
    public static Result draw(Path dir, ChartWriter.Options options, int threads) {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<Path> files = ChartWriter.write(dir, options, threads);
        long wall = System.nanoTime() - t0;
        return new Result(files.size(), (processCpuNanos() - cpu0) / 1e9, wall / 1e9);
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }
}
