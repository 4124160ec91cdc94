package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.corpus.PanelMeasures;
import org.policylens.analysis.corpus.Tally;
import org.policylens.analysis.corpus.UnitSample;
import org.policylens.analysis.ingest.Part;
import org.policylens.analysis.output.CsvFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * A small stand-in analyzer for pipeline tests: strict UTF-8, units = sentences ending in 。,
 * theme "economy" when a sentence contains 经济, "ecology" when it contains 生态. It exercises the
 * pipeline's ordering, failure and output paths without the real ingest and rules.
 */
final class SentenceAnalyzer implements DocumentAnalyzer {

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
        Tally tally = new Tally(themes());
        UnitSample sample = new UnitSample(3);
        StringBuilder units = new StringBuilder();
        StringBuilder evidence = new StringBuilder();
        int start = 0;
        int index = 0;
        for (String s : text.split("(?<=。)")) {
            boolean eco = s.contains("经济");
            boolean green = s.contains("生态");
            int primary = eco ? 0 : green ? 1 : 2;
            tally.addUnit(index % 2 == 0 ? Part.REVIEW : Part.PLAN, s.length(), s.length() / 2, primary,
                    new boolean[]{eco, green}, new int[]{eco ? 1 : 0, green ? 1 : 0}, 0);
            sample.add(Part.REVIEW, s.length(), (eco ? 1 : 0) | (green ? 2 : 0), 0);
            CsvFiles.append(units, List.of(entry.id(), index, s));
            if (eco) CsvFiles.append(evidence, List.of(entry.id(), index, "economy.word", "economy", "经济", start, start + 2, 1));
            start += s.length();
            index++;
        }
        return new DocumentResult(entry, bytes.length, InputFiles.sha256(bytes), text.length(), tally,
                PanelMeasures.compute(tally, sample.intervals(UnitSample.seedOf(entry.id()))),
                units.toString(), evidence.toString());
    }
}
