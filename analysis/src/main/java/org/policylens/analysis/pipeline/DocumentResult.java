package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.output.CsvRows;
import org.policylens.analysis.stats.DocumentStats;

import java.util.Objects;

/**
 * The compact result of one document: everything the outputs need, and no document text except the
 * already formatted rows of {@code units.csv} and {@code evidence.csv}.
 *
 * @param size         input file size in bytes
 * @param sha256       hex SHA-256 of the input file
 * @param chars        characters of the decoded document text
 * @param stats        the document's measures (panel rows) and its summary for the group statistics
 * @param unitsRows    CSV rows of {@code units.csv} in UTF-8 (each ending in {@code \n})
 * @param evidenceRows CSV rows of {@code evidence.csv}
 */
public record DocumentResult(CorpusEntry entry, long size, String sha256, long chars, DocumentStats stats,
                             CsvRows unitsRows, CsvRows evidenceRows) implements DocumentOutcome {

    public DocumentResult {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(unitsRows, "unitsRows");
        Objects.requireNonNull(evidenceRows, "evidenceRows");
    }
}
