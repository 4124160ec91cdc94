package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.ingest.Document;
import org.policylens.analysis.ingest.DocumentException;
import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.analysis.output.UnitRows;
import org.policylens.analysis.stats.DocumentStats;
import org.policylens.analysis.stats.EmphasisStats;
import org.policylens.analysis.stats.StatsOptions;
import org.policylens.analysis.stats.ThemeSet;
import org.policylens.analysis.stats.UnitTable;
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
 * rule pack, count words once per unit, compute the document's measures ({@link EmphasisStats}) and
 * format its {@code units.csv} and {@code evidence.csv} rows. Thread-safe; keeps nothing between documents.
 */
public final class ReportAnalyzer implements DocumentAnalyzer {

    private final Classifier classifier;
    private final List<String> themes;
    private final IngestOptions options;
    private final EmphasisStats stats;
    private final ChineseSegmenter segmenter = ChineseSegmenter.standard();
    /** Position of each theme id in {@link #themes} (and in the stats' theme set, built from the same list). */
    private final java.util.Map<String, Integer> themeIndex = new java.util.HashMap<>();

    public ReportAnalyzer(RulePack pack, IngestOptions options, StatsOptions statsOptions) {
        Objects.requireNonNull(pack, "pack");
        this.classifier = pack.classifier();
        this.themes = pack.themes().stream().map(Theme::id).toList();
        this.options = Objects.requireNonNull(options, "options");
        this.stats = new EmphasisStats(new ThemeSet(themes), statsOptions);
        for (int i = 0; i < themes.size(); i++) themeIndex.putIfAbsent(themes.get(i), i);
    }

    @Override
    public List<String> themes() {
        return themes;
    }

    @Override
    public DocumentResult analyze(CorpusEntry entry, StageClock clock) {
        long t = StageClock.now();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry.file());
        } catch (IOException e) {
            throw new DocumentFailedException("read", "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new DocumentFailedException("read", "empty file");
        String sha = InputFiles.sha256(bytes);
        long size = bytes.length;
        Document doc;
        try {
            doc = Ingest.read(entry.file(), bytes, options);
        } catch (DocumentException e) {
            throw new DocumentFailedException("read", e.getMessage(), e);
        }
        List<Unit> units = doc.units();
        if (units.isEmpty()) throw new DocumentFailedException("read", "no text units found (empty, or not a report)");
        t = clock.lap(StageClock.Stage.READ, t);

        Labels[] labels = classify(units);
        t = clock.lap(StageClock.Stage.CLASSIFY, t);

        UnitTable table = new UnitTable(entry.id(), stats.themes(), units.size());
        observe(table, units, labels);
        DocumentStats measures = stats.document(table);
        t = clock.lap(StageClock.Stage.STATS, t);

        UnitRows rows = new UnitRows(entry.id(), themes, doc.originalText().length());
        addRows(rows, units, labels);
        DocumentResult result = new DocumentResult(entry, size, sha, doc.originalText().length(), measures,
                rows.unitsRows(), rows.evidenceRows());
        clock.lap(StageClock.Stage.WRITE, t);
        return result;
    }

    /*
     * Each per-unit loop is a method of its own: in analyze they made the JIT compile analyze three times with C2
     * (an on-stack-replacement entry per loop, then the normal compile), each time with the loops' callees inlined.
     */

    private Labels[] classify(List<Unit> units) {
        Labels[] labels = new Labels[units.size()];
        for (int i = 0; i < labels.length; i++) {
            Unit u = units.get(i);
            labels[i] = classifier.classify(u.norm(), u.section());
        }
        return labels;
    }

    private void observe(UnitTable table, List<Unit> units, Labels[] labels) {
        for (int i = 0; i < labels.length; i++) observe(table, units.get(i), labels[i]);
    }

    private static void addRows(UnitRows rows, List<Unit> units, Labels[] labels) {
        for (int i = 0; i < labels.length; i++) rows.add(units.get(i), labels[i]);
    }

    /** Adds a unit and its labels to the document's table (no per-unit maps or sets). */
    private void observe(UnitTable table, Unit u, Labels l) {
        table.add(u.part().id(), u.text().length(), segmenter.countWords(u.norm()), l.themes(), l.primary(),
                l.intensity());
        List<Match> evidence = l.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            String theme = evidence.get(i).theme();
            Integer index = themeIndex.get(theme); // the rules' theme strings are not the theme list's instances
            if (index != null) table.hit(index);
            else table.hit(theme); // not in the pack's themes: the table reports it
        }
    }
}
