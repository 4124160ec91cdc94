package org.policylens.analysis.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the chart-fixture output folder (test resources) into a temporary folder. */
public final class Fixture {
    private Fixture() {
    }

    public static Path copyTo(Path target) {
        try {
            Path src = Path.of(Fixture.class.getResource("/chart-fixture/panel_long.csv").toURI()).getParent();
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(src)) {
                for (Path f : files.toList()) Files.copy(f, target.resolve(f.getFileName().toString()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
