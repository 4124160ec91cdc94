package org.policylens.analysis.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time spent per pipeline stage, summed over threads (for {@code bench}). Uses the calling thread's CPU
 * time where the JVM measures it (so other load on the machine does not inflate a stage), else wall time.
 * Thread-safe.
 */
public final class StageClock {

    /** The stages of the pipeline. */
    public enum Stage {
        /** Reading, decoding, cleaning and splitting into units (and hashing the input). */
        READ,
        /** Applying the rule pack to every unit. */
        CLASSIFY,
        /** Word counts, the document's measures and their intervals, the across-group tests. */
        STATS,
        /** Formatting the document's rows (on the workers) and writing output files (on the writer thread). */
        WRITE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageClock() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    /** The current reading of this clock for the calling thread (pass it to {@link #lap}). */
    public static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Whether stages are measured in CPU time (else wall time). */
    public static boolean cpuTime() {
        return CPU;
    }

    /** Adds the time since {@code start} (from {@link #now}) to {@code stage} and returns {@link #now}. */
    public long lap(Stage stage, long start) {
        long now = now();
        nanos.get(stage).add(now - start);
        return now;
    }

    /** Total seconds spent in a stage (over all threads). */
    public double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }
}
