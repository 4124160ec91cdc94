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
    private final Map<Stage, LongAdder> bytes = new EnumMap<>(Stage.class);
    private final LongAdder serial = new LongAdder();

    public StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
            bytes.put(s, new LongAdder());
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();
    private static final com.sun.management.ThreadMXBean ALLOC = allocationBean();
    /** Bytes the thread had allocated at its last {@link #now} or {@link #lap}. */
    private static final ThreadLocal<long[]> ALLOCATED = ThreadLocal.withInitial(() -> new long[1]);

    private static com.sun.management.ThreadMXBean allocationBean() {
        if (THREADS instanceof com.sun.management.ThreadMXBean b && b.isThreadAllocatedMemorySupported()
                && b.isThreadAllocatedMemoryEnabled()) return b;
        return null;
    }

    /**
     * The current reading of this clock for the calling thread (pass it to {@link #lap}); also marks the
     * thread's allocation counter, so the next {@code lap} on this thread charges the bytes allocated since.
     */
    public static long now() {
        if (ALLOC != null) ALLOCATED.get()[0] = ALLOC.getCurrentThreadAllocatedBytes();
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Whether bytes allocated per stage are measured ({@link #bytesAllocated}). */
    public static boolean allocationMeasured() {
        return ALLOC != null;
    }

    /** Whether stages are measured in CPU time (else wall time). */
    public static boolean cpuTime() {
        return CPU;
    }

    /** Adds the time since {@code start} (from {@link #now}) to {@code stage} and returns {@link #now}. */
    public long lap(Stage stage, long start) {
        if (ALLOC != null) {
            long[] mark = ALLOCATED.get();
            long before = mark[0];
            long now = now();
            bytes.get(stage).add(mark[0] - before);
            nanos.get(stage).add(now - start);
            return now;
        }
        long now = now();
        nanos.get(stage).add(now - start);
        return now;
    }

    /**
     * As {@link #lap}, for work done on the one thread that writes outcomes in input order: it is also counted
     * as serial work ({@link #serialSeconds}), the part of the run that more workers cannot speed up.
     */
    public long lapSerial(Stage stage, long start) {
        long now = lap(stage, start);
        serial.add(now - start);
        return now;
    }

    /** Seconds counted with {@link #lapSerial} (included in the stages' seconds). */
    public double serialSeconds() {
        return serial.sum() / 1e9;
    }

    /** Bytes allocated in a stage (over all threads; 0 when the JVM does not measure it). */
    public long bytesAllocated(Stage stage) {
        return bytes.get(stage).sum();
    }

    /** Total seconds spent in a stage (over all threads). */
    public double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }
}
