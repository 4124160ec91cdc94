package org.policylens.analysis.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;

/** The units of every {@code .txt} report in a folder, files in name order: the input of the perf harnesses. */
final class SampleUnits {

    private SampleUnits() {
    }

    static List<Unit> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Unit> units = new ArrayList<>();
        for (Path f : files) units.addAll(Ingest.read(f, IngestOptions.DEFAULT).units());
        return units;
    }
}
