package org.policylens.analysis.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The documents of one run, in a fixed order, with their group variables.
 *
 * @param root           the folder relative paths refer to
 * @param groupVariables group variable names (every manifest column except {@code file}), in manifest order
 * @param entries        the documents, sorted by path (folder) or in manifest order
 */
public record Corpus(Path root, List<String> groupVariables, List<CorpusEntry> entries) {

    public Corpus {
        Objects.requireNonNull(root, "root");
        groupVariables = List.copyOf(groupVariables);
        entries = List.copyOf(entries);
        for (CorpusEntry e : entries) {
            if (e.groupValues().size() != groupVariables.size())
                throw new IllegalArgumentException(e.path() + ": " + e.groupValues().size()
                        + " group values for " + groupVariables.size() + " variables");
        }
    }

    /** Index of a group variable, or -1. */
    public int groupIndex(String variable) {
        return groupVariables.indexOf(variable);
    }

    public int size() {
        return entries.size();
    }
}
