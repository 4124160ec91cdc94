package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.output.CsvFiles;
import org.policylens.analysis.output.CsvRows;
import org.policylens.analysis.stats.EmphasisStats;
import org.policylens.analysis.stats.StatsOptions;
import org.policylens.analysis.stats.ThemeSet;
import org.policylens.analysis.stats.UnitObservation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small stand-in analyzer for pipeline tests: strict UTF-8, units = sentences ending in 。,
 * theme "economy" when a sentence contains 经济, "ecology" when it contains 生态. It exercises the
 * pipeline's ordering, failure and output paths without the real ingest and rules.
 */
final class SentenceAnalyzer implements DocumentAnalyzer {

    private static final EmphasisStats STATS =
            new EmphasisStats(ThemeSet.of("economy", "ecology"), StatsOptions.DEFAULT.withBootstrapReplicates(100));

    @Override
    public List<String> themes() {
        return List.of("economy", "ecology");
    }

    @Override
    public DocumentResult analyze(CorpusEntry entry, StageClock clock) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry.file());
        } catch (IOException e) {
            throw new DocumentFailedException("read", entry.path() + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentFailedException("read", entry.path() + ": not UTF-8");
        }
        if (text.isBlank()) throw new DocumentFailedException("read", entry.path() + ": empty");
        List<UnitObservation> observations = new ArrayList<>();
        StringBuilder units = new StringBuilder();
        StringBuilder evidence = new StringBuilder();
        int start = 0;
        int index = 0;
        for (String s : text.split("(?<=。)")) {
            boolean eco = s.contains("经济");
            boolean green = s.contains("生态");
            Set<String> themes = new HashSet<>();
            Map<String, Integer> hits = new HashMap<>();
            if (eco) {
                themes.add("economy");
                hits.put("economy", 1);
            }
            if (green) {
                themes.add("ecology");
                hits.put("ecology", 1);
            }
            String primary = eco ? "economy" : green ? "ecology" : "none";
            observations.add(new UnitObservation(index % 2 == 0 ? "review" : "plan", s.length(), s.length() / 2,
                    themes, primary, hits, 0));
            CsvFiles.append(units, List.of(entry.id(), index, s));
            if (eco) CsvFiles.append(evidence, List.of(entry.id(), index, "economy.word", "economy", "经济", start, start + 2, 1));
            start += s.length();
            index++;
        }
        return new DocumentResult(entry, bytes.length, InputFiles.sha256(bytes), text.length(),
                STATS.document(entry.id(), observations), CsvRows.of(units.toString()), CsvRows.of(evidence.toString()));
    }
}
