package org.policylens.analysis.pipeline;

import org.policylens.analysis.cli.VersionProvider;
import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.corpus.PanelMeasures;
import org.policylens.analysis.corpus.Tally;
import org.policylens.analysis.output.CsvSink;
import org.policylens.analysis.output.OutputFiles;
import org.policylens.analysis.output.OutputFolder;
import org.policylens.analysis.output.PanelRows;
import org.policylens.analysis.output.RunRecord;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One {@code compare} run: documents through the {@link Pipeline}, rows streamed into the output
 * folder in input order, then group pooling, the finishing stages and {@code run.json}; the folder
 * appears only when everything is written ({@link OutputFolder}).
 */
public final class CompareRun {

    private final Corpus corpus;
    private final DocumentAnalyzer analyzer;
    private final PackInfo pack;
    private final CompareSettings settings;
    private final StageClock clock;

    public CompareRun(Corpus corpus, DocumentAnalyzer analyzer, PackInfo pack, CompareSettings settings, StageClock clock) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.pack = Objects.requireNonNull(pack, "pack");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (corpus.groupIndex(settings.groupBy()) < 0)
            throw new IllegalArgumentException("group variable '" + settings.groupBy() + "' not in " + corpus.groupVariables());
    }

    /** Runs and commits the output folder. */
    public RunSummary run(RunListener listener) throws Exception {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<String> themes = analyzer.themes();
        int groupIndex = corpus.groupIndex(settings.groupBy());
        boolean excel = settings.excel();
        List<DocumentFailure> failures = new ArrayList<>();
        List<RunRecord.InputFile> inputs = new ArrayList<>();
        List<RunData.DocumentSummary> documents = new ArrayList<>();
        Map<String, Tally> groups = new TreeMap<>();
        long[] chars = {0};
        try (OutputFolder out = OutputFolder.create(settings.out(), settings.overwrite());
             CsvSink panelLong = new CsvSink(out.resolve(OutputFiles.PANEL_LONG), OutputFiles.panelLongHeader(corpus.groupVariables()), excel);
             CsvSink panelWide = new CsvSink(out.resolve(OutputFiles.PANEL_WIDE),
                     OutputFiles.panelWideHeader(corpus.groupVariables(), PanelMeasures.wideColumns(themes)), excel);
             CsvSink units = new CsvSink(out.resolve(OutputFiles.UNITS), OutputFiles.unitsHeader(themes), excel);
             CsvSink evidence = new CsvSink(out.resolve(OutputFiles.EVIDENCE), OutputFiles.EVIDENCE_HEADER, excel);
             CsvSink errors = new CsvSink(out.resolve(OutputFiles.ERRORS), OutputFiles.ERRORS_HEADER, excel)) {
            new Pipeline(analyzer, settings.threads(), clock).run(corpus.entries(), outcome -> {
                long w = System.nanoTime();
                if (outcome instanceof DocumentResult r) {
                    String id = r.entry().id();
                    List<String> gv = r.entry().groupValues();
                    panelLong.appendRows(PanelRows.longRows(id, gv, r.panel()));
                    panelWide.appendRows(PanelRows.wideRow(id, gv, r.tally(), r.panel()));
                    units.appendRows(r.unitsRows());
                    evidence.appendRows(r.evidenceRows());
                    inputs.add(new RunRecord.InputFile(r.entry().path(), r.size(), r.sha256()));
                    documents.add(new RunData.DocumentSummary(id, gv, r.tally(), r.panel()));
                    groups.computeIfAbsent(gv.get(groupIndex), g -> new Tally(themes)).addAll(r.tally());
                    chars[0] += r.chars();
                    clock.lap(StageClock.Stage.WRITE, w);
                    listener.documentDone(outcome, r.chars());
                } else if (outcome instanceof DocumentFailure f) {
                    errors.row(List.of(f.entry().path(), f.stage(), f.message()));
                    failures.add(f);
                    inputs.add(InputFiles.describe(f.entry()));
                    clock.lap(StageClock.Stage.WRITE, w);
                    listener.documentDone(outcome, 0);
                }
            });
            long w = System.nanoTime();
            try (CsvSink groupsLong = new CsvSink(out.resolve(OutputFiles.GROUPS_LONG), OutputFiles.GROUPS_HEADER, excel)) {
                for (Map.Entry<String, Tally> g : groups.entrySet())
                    groupsLong.appendRows(PanelRows.groupRows(settings.groupBy(), g.getKey(),
                            PanelMeasures.compute(g.getValue(), new double[0][][])));
                groupsLong.finish();
            }
            for (CsvSink s : List.of(panelLong, panelWide, units, evidence, errors)) s.finish();
            RunData data = new RunData(corpus, themes, settings.groupBy(), documents, groups);
            for (FinishingStage stage : settings.finishing()) stage.write(out, data);
            RunRecord record = new RunRecord(VersionProvider.version(), pack.name(), pack.version(), pack.sha256(),
                    inputs, settings.options(), System.getProperty("java.version"), started, Instant.now());
            out.writeString(OutputFiles.RUN, record.toJson());
            out.commit();
            clock.lap(StageClock.Stage.WRITE, w);
        }
        return new RunSummary(corpus.size(), failures, chars[0], (System.nanoTime() - t0) / 1e9);
    }
}
