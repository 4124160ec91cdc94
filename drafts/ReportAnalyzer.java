package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.corpus.PanelMeasures;
import org.policylens.analysis.corpus.PanelValue;
import org.policylens.analysis.corpus.Tally;
import org.policylens.analysis.corpus.UnitSample;
import org.policylens.analysis.ingest.Document;
import org.policylens.analysis.ingest.DocumentException;
import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.analysis.output.UnitRows;
import org.policylens.rules.Classifier;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;
import org.policylens.rules.RulePack;
import org.policylens.rules.Theme;
import org.policylens.rules.segment.ChineseSegmenter;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

/**
 * The standard per-document work: read and split with {@link Ingest}, classify every unit with the
 * rule pack, count words, tally, compute the panel and format the document's {@code units.csv} and
 * {@code evidence.csv} rows. Thread-safe; keeps nothing between documents.
 */
public final class ReportAnalyzer implements DocumentAnalyzer {

    private final Classifier classifier;
    private final List<String> themes;
    private final IngestOptions options;
    private final ChineseSegmenter segmenter;

    public ReportAnalyzer(RulePack pack, IngestOptions options) {
        Objects.requireNonNull(pack, "pack");
        this.classifier = pack.classifier();
        this.themes = pack.themes().stream().map(Theme::id).toList();
        this.options = Objects.requireNonNull(options, "options");
        this.segmenter = ChineseSegmenter.standard();
    }

    @Override
    public List<String> themes() {
        return themes;
    }

    @Override
    public DocumentResult analyze(CorpusEntry entry, StageClock clock) {
        long t = System.nanoTime();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry.file());
        } catch (IOException e) {
            throw new DocumentFailedException("read", entry.path() + ": cannot read: " + e.getMessage(), e);
        }
        String sha = InputFiles.sha256(bytes);
        long size = bytes.length;
        bytes = null; // let the bytes go before the text is built
        Document doc;
        try {
            doc = Ingest.read(entry.file(), options);
        } catch (DocumentException e) {
            throw new DocumentFailedException("read", e.getMessage(), e);
        }
        List<Unit> units = doc.units();
        if (units.isEmpty())
            throw new DocumentFailedException("read", entry.path() + ": no text units found (empty, or not a report)");
        t = clock.lap(StageClock.Stage.READ, t);

        Labels[] labels = new Labels[units.size()];
        for (int i = 0; i < labels.length; i++) {
            Unit u = units.get(i);
            labels[i] = classifier.classify(u.norm(), u.section());
        }
        t = clock.lap(StageClock.Stage.CLASSIFY, t);

        Tally tally = new Tally(themes);
        UnitSample sample = new UnitSample(themes.size() + 1);
        UnitRows rows = new UnitRows(entry.id(), themes);
        boolean[] any = new boolean[themes.size()];
        int[] hits = new int[themes.size()];
        for (int i = 0; i < labels.length; i++) {
            Unit u = units.get(i);
            Labels l = labels[i];
            java.util.Arrays.fill(any, false);
            java.util.Arrays.fill(hits, 0);
            long mask = 0;
            for (String th : l.themes()) {
                int k = themes.indexOf(th);
                if (k >= 0) {
                    any[k] = true;
                    mask |= 1L << k;
                }
            }
            for (Match m : l.evidence()) {
                int k = themes.indexOf(m.theme());
                if (k >= 0) hits[k]++;
            }
            int primary = themes.indexOf(l.primary());
            if (primary < 0) primary = themes.size();
            int words = segmenter.countWords(u.norm());
            tally.addUnit(u.part(), u.length(), words, primary, any, hits, l.intensity());
            sample.add(u.part(), u.length(), mask, l.intensity());
            rows.add(u, l);
        }
        List<PanelValue> panel = PanelMeasures.compute(tally, sample.intervals(UnitSample.seedOf(entry.id())));
        DocumentResult result = new DocumentResult(entry, size, sha, doc.originalText().length(), tally, panel,
                rows.unitsRows(), rows.evidenceRows());
        clock.lap(StageClock.Stage.STATS, t);
        return result;
    }
}
