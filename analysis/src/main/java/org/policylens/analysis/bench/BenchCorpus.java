package org.policylens.analysis.bench;

import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A benchmark corpus: the sample reports copied round after round ({@code r0001/beijing_2026.txt}, …)
 * until the corpus reaches the requested size. File names keep the {@code {city}_{year}} convention.
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    /** The sample reports ({@code *.txt}) in {@code samples}, sorted by name. */
    public static List<Path> samples(Path samples) {
        try (Stream<Path> s = Files.list(samples)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) throw new InputException(samples + ": no sample reports (*.txt)");
            return files;
        } catch (IOException e) {
            throw new InputException(samples + ": cannot list samples: " + e.getMessage(), e);
        }
    }

    /**
     * Writes copies of {@code samples} into {@code target} until at least {@code bytes} are written.
     *
     * @return the number of bytes written
     */
    public static long build(List<Path> samples, Path target, long bytes) throws IOException {
        long written = 0;
        for (int round = 1; written < bytes; round++) {
            Path folder = Files.createDirectories(target.resolve(String.format(Locale.ROOT, "r%04d", round)));
            for (Path s : samples) {
                if (written >= bytes) break;
                Path copy = Files.copy(s, folder.resolve(s.getFileName()));
                written += Files.size(copy);
            }
        }
        return written;
    }
}
