package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.corpus.PanelValue;
import org.policylens.analysis.corpus.Tally;

import java.util.List;
import java.util.Objects;

/**
 * The compact result of one document: everything the outputs need, and no document text except the
 * already formatted rows of {@code units.csv} and {@code evidence.csv}.
 *
 * @param size         input file size in bytes
 * @param sha256       hex SHA-256 of the input file
 * @param chars        characters of the decoded document text
 * @param tally        counts per part and theme (pooled later into groups)
 * @param panel        the document's panel values, in {@link org.policylens.analysis.corpus.PanelMeasures} order
 * @param unitsRows    CSV rows of {@code units.csv} (each ending in {@code \n})
 * @param evidenceRows CSV rows of {@code evidence.csv}
 */
public record DocumentResult(CorpusEntry entry, long size, String sha256, long chars, Tally tally,
                             List<PanelValue> panel, String unitsRows, String evidenceRows) implements DocumentOutcome {

    public DocumentResult {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(tally, "tally");
        panel = List.copyOf(panel);
        Objects.requireNonNull(unitsRows, "unitsRows");
        Objects.requireNonNull(evidenceRows, "evidenceRows");
    }
}
