package org.policylens.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The fixture output folder under test resources (report-fixture/), copied so a test may change or write into it. */
final class Fixture {
    private Fixture() {
    }

    static Path source() {
        try {
            return Path.of(Fixture.class.getResource("/report-fixture/run.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path copyTo(Path dir) {
        Path src = source();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".py") && !f.getFileName().toString().equals("README.md")) {
                    Files.copy(f, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
