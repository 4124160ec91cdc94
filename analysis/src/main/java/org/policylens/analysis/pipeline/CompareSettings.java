package org.policylens.analysis.pipeline;

import org.policylens.analysis.stats.StatsOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a compare run writes its outputs.
 *
 * @param out        the output folder
 * @param groupBy    group variable for the across-group statistics
 * @param excel      write CSV files with a byte-order mark
 * @param overwrite  replace an existing output folder
 * @param threads    worker threads
 * @param options    the options recorded in {@code run.json} (only those that shape the outputs; not the
 *                   thread count, so runs with different thread counts write the same file)
 * @param stats      options of the statistics (interval method; bootstrap replicates and seed)
 * @param finishing  stages run after the tables and tests (charts, report), in order
 * @param keepRows   keep every document's panel rows for the finishing stages (small runs only: analyze)
 */
public record CompareSettings(Path out, String groupBy, boolean excel, boolean overwrite, int threads,
                              Map<String, Object> options, StatsOptions stats, List<FinishingStage> finishing,
                              boolean keepRows) {

    public CompareSettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(groupBy, "groupBy");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        options = Map.copyOf(options);
        Objects.requireNonNull(stats, "stats");
        finishing = List.copyOf(finishing);
    }
}
