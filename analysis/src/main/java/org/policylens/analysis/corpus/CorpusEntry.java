package org.policylens.analysis.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One document of a corpus: where it is, how outputs name it, and its group values.
 *
 * @param file        the file to read
 * @param path        the file's path as shown in outputs: relative to the corpus root, {@code /}-separated
 * @param id          document id used in every output row (the path without its extension)
 * @param groupValues one value per {@link Corpus#groupVariables()} entry, in the same order
 */
public record CorpusEntry(Path file, String path, String id, List<String> groupValues) {

    public CorpusEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        groupValues = List.copyOf(groupValues);
        if (id.isBlank()) throw new IllegalArgumentException("blank document id for " + path);
    }

    /** The document id for a relative path: the path without its extension. */
    public static String idOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        int dot = relativePath.lastIndexOf('.');
        return dot > slash + 1 ? relativePath.substring(0, dot) : relativePath;
    }
}
