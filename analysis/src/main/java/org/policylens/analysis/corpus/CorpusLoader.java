package org.policylens.analysis.corpus;

import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the INPUT of {@code compare} into a {@link Corpus}: a manifest CSV, a folder holding a
 * {@code manifest.csv}, or a folder searched recursively for reports (sorted by path, group values
 * from file names through a {@link NamePattern}).
 */
public final class CorpusLoader {

    /** File extensions read as reports (lower case). */
    public static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "html", "htm", "pdf", "docx");
    /** A folder containing this file is read through it. */
    public static final String MANIFEST_NAME = "manifest.csv";

    private CorpusLoader() {
    }

    /**
     * Loads {@code input}. Files under {@code exclude} (the output folder, if it lies inside the input)
     * and hidden files and folders are skipped.
     */
    public static Corpus load(Path input, NamePattern pattern, Optional<Path> exclude) {
        if (!Files.exists(input)) throw new InputException(input + ": no such file or folder");
        if (Files.isRegularFile(input)) {
            if (!input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                throw new InputException(input + ": INPUT must be a folder or a manifest CSV");
            return ManifestReader.read(input);
        }
        Path manifest = input.resolve(MANIFEST_NAME);
        if (Files.isRegularFile(manifest)) return ManifestReader.read(manifest);
        return scan(input, pattern, exclude);
    }

    /** A corpus of the given files (for {@code analyze}): group values from names where they fit, else empty. */
    public static Corpus ofFiles(List<Path> files, NamePattern pattern) {
        List<CorpusEntry> entries = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new InputException(f + ": no such file");
            String name = f.getFileName().toString();
            List<String> values = pattern.match(name).orElseGet(() -> blanks(pattern.variables().size()));
            String id = CorpusEntry.idOf(name);
            if (!ids.add(id)) id = CorpusEntry.idOf(f.toString().replace('\\', '/'));
            entries.add(new CorpusEntry(f, f.toString().replace('\\', '/'), id, values));
        }
        return new Corpus(Path.of("").toAbsolutePath(), pattern.variables(), entries);
    }

    private static Corpus scan(Path folder, NamePattern pattern, Optional<Path> exclude) {
        Path root = folder.toAbsolutePath().normalize();
        Optional<Path> skip = exclude.map(p -> p.toAbsolutePath().normalize());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> skip.isEmpty() || !p.startsWith(skip.get()))
                    .filter(p -> !hidden(root.relativize(p)))
                    .filter(CorpusLoader::isReport)
                    .sorted(Comparator.comparing(p -> relative(root, p)))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(folder + ": cannot list folder: " + e.getMessage(), e);
        }
        if (files.isEmpty())
            throw new InputException(folder + ": no reports found (looked for *." + String.join(", *.", sortedExtensions()) + ")");
        List<CorpusEntry> entries = new ArrayList<>(files.size());
        for (Path f : files) {
            String rel = relative(root, f);
            List<String> values = pattern.match(f.getFileName().toString()).orElseThrow(() -> new InputException(
                    rel + ": file name does not fit --name-pattern '" + pattern + "' (e.g. suzhou_2025.txt);"
                            + " rename it or list the files in a manifest CSV"));
            entries.add(new CorpusEntry(f, rel, CorpusEntry.idOf(rel), values));
        }
        return new Corpus(root, pattern.variables(), entries);
    }

    /** Whether a file's extension marks it as a report. */
    public static boolean isReport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static List<String> blanks(int n) {
        return java.util.Collections.nCopies(n, "");
    }

    private static List<String> sortedExtensions() {
        return REPORT_EXTENSIONS.stream().sorted().toList();
    }
}
