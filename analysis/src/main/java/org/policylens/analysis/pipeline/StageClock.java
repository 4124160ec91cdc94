package org.policylens.analysis.pipeline;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent per pipeline stage, summed over threads (for {@code bench}). Thread-safe. */
public final class StageClock {

    /** The stages of the pipeline. */
    public enum Stage {
        /** Reading, decoding, cleaning and splitting into units (and hashing the input). */
        READ,
        /** Applying the rule pack to every unit. */
        CLASSIFY,
        /** Word counts, tallies, panel measures and intervals, row formatting. */
        STATS,
        /** Writing output files (on the writer thread). */
        WRITE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageClock() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    /** Adds elapsed time since {@code startNanos} to {@code stage} and returns the current time. */
    public long lap(Stage stage, long startNanos) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - startNanos);
        return now;
    }

    /** Total seconds spent in a stage (over all threads). */
    public double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }
}
