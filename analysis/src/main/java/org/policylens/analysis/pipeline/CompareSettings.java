package org.policylens.analysis.pipeline;

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
 * @param options    the options recorded in {@code run.json} (only those that shape the outputs)
 * @param finishing  stages run after the panel (tests, charts, report), in order
 */
public record CompareSettings(Path out, String groupBy, boolean excel, boolean overwrite, int threads,
                              Map<String, Object> options, List<FinishingStage> finishing) {

    public CompareSettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(groupBy, "groupBy");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        options = Map.copyOf(options);
        finishing = List.copyOf(finishing);
    }
}
