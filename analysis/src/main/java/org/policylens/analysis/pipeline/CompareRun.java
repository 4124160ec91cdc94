package org.policylens.analysis.pipeline;

import org.policylens.analysis.cli.VersionProvider;
import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.output.CsvBytes;
import org.policylens.analysis.output.CsvRows;
import org.policylens.analysis.output.CsvSink;
import org.policylens.analysis.output.GroupTables;
import org.policylens.analysis.output.OutputFiles;
import org.policylens.analysis.output.OutputFolder;
import org.policylens.analysis.output.PanelRows;
import org.policylens.analysis.output.RunRecord;
import org.policylens.analysis.stats.GroupComparison;
import org.policylens.analysis.stats.GroupMember;
import org.policylens.analysis.stats.GroupResults;
import org.policylens.analysis.stats.MeasureRow;
import org.policylens.analysis.stats.ThemeSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One {@code compare} run: documents through the {@link Pipeline}, rows streamed into the output
 * folder in input order, then the across-group statistics, {@code run.json} and the finishing stages
 * (charts, report); the folder appears only when everything is written ({@link OutputFolder}).
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
        int yearIndex = corpus.groupIndex("year");
        boolean excel = settings.excel();
        List<DocumentFailure> failures = new ArrayList<>();
        List<RunRecord.InputFile> inputs = new ArrayList<>();
        List<RunData.DocumentSummary> documents = new ArrayList<>();
        List<GroupMember> members = new ArrayList<>();
        long[] chars = {0};
        try (OutputFolder out = OutputFolder.create(settings.out(), settings.overwrite());
             CsvSink panelLong = new CsvSink(out.resolve(OutputFiles.PANEL_LONG), OutputFiles.panelLongHeader(corpus.groupVariables()), excel);
             CsvSink panelWide = new CsvSink(out.resolve(OutputFiles.PANEL_WIDE),
                     OutputFiles.panelWideHeader(corpus.groupVariables(), PanelRows.wideColumns(themes)), excel);
             CsvSink units = new CsvSink(out.resolve(OutputFiles.UNITS), OutputFiles.unitsHeader(themes), excel);
             CsvSink evidence = new CsvSink(out.resolve(OutputFiles.EVIDENCE), OutputFiles.EVIDENCE_HEADER, excel);
             CsvSink errors = new CsvSink(out.resolve(OutputFiles.ERRORS), OutputFiles.ERRORS_HEADER, excel)) {
            new Pipeline(analyzer, settings.threads(), clock).run(corpus.entries(), this::prepare, prepared -> {
                long w = StageClock.now();
                DocumentOutcome outcome = prepared.outcome();
                if (outcome instanceof DocumentResult r) {
                    String id = r.entry().id();
                    List<String> gv = r.entry().groupValues();
                    panelLong.appendRows(prepared.panelLong());
                    panelWide.appendRows(prepared.panelWide());
                    units.appendRows(r.unitsRows());
                    evidence.appendRows(r.evidenceRows());
                    r.unitsRows().release(); // the arrays go back to the workers' pool
                    r.evidenceRows().release();
                    inputs.add(new RunRecord.InputFile(r.entry().path(), r.size(), r.sha256()));
                    documents.add(new RunData.DocumentSummary(id, gv, r.stats().summary(),
                            settings.keepRows() ? prepared.rows() : List.of()));
                    members.add(new GroupMember(gv.get(groupIndex), yearOf(gv, yearIndex), r.stats().summary()));
                    chars[0] += r.chars();
                    clock.lapSerial(StageClock.Stage.WRITE, w);
                    listener.documentDone(outcome, r.chars());
                } else if (outcome instanceof DocumentFailure f) {
                    errors.row(List.of(f.entry().path(), f.stage(), f.message()));
                    failures.add(f);
                    inputs.add(InputFiles.describe(f.entry()));
                    clock.lapSerial(StageClock.Stage.WRITE, w);
                    listener.documentDone(outcome, 0);
                }
            });
            long w = StageClock.now();
            for (CsvSink s : List.of(panelLong, panelWide, units, evidence, errors)) s.finish();
            clock.lap(StageClock.Stage.WRITE, w);
            long s = StageClock.now();
            GroupResults groups = new GroupComparison(new ThemeSet(themes), settings.stats()).compare(settings.groupBy(), members);
            w = clock.lap(StageClock.Stage.STATS, s);
            GroupTables.write(out, groups, excel);
            out.writeString(OutputFiles.RUN, record(inputs, started, Instant.now()).toJson());
            RunData data = new RunData(corpus, themes, settings.groupBy(), documents, groups);
            for (FinishingStage stage : settings.finishing()) stage.write(out, data);
            out.writeString(OutputFiles.RUN, record(inputs, started, Instant.now()).toJson());
            out.commit();
            clock.lap(StageClock.Stage.WRITE, w);
        }
        return new RunSummary(corpus.size(), failures, chars[0], (System.nanoTime() - t0) / 1e9);
    }

    /** On the worker: a document's panel rows, formatted, so the writer only copies bytes. */
    private Prepared prepare(DocumentOutcome outcome) {
        if (!(outcome instanceof DocumentResult r)) return new Prepared(outcome, List.of(), CsvRows.EMPTY, CsvRows.EMPTY);
        long w = StageClock.now();
        String id = r.entry().id();
        List<String> gv = r.entry().groupValues();
        List<MeasureRow> rows = PanelRows.rows(r.stats());
        CsvBytes buf = new CsvBytes(rows.size() * 96);
        PanelRows.appendLong(buf, id, gv, rows);
        CsvRows panelLong = buf.rows();
        PanelRows.appendWide(buf, id, gv, r.stats().summary(), rows);
        Prepared p = new Prepared(outcome, rows, panelLong, buf.rows());
        clock.lap(StageClock.Stage.WRITE, w);
        return p;
    }

    private record Prepared(DocumentOutcome outcome, List<MeasureRow> rows, CsvRows panelLong, CsvRows panelWide) {
    }

    private RunRecord record(List<RunRecord.InputFile> inputs, Instant started, Instant finished) {
        return new RunRecord(VersionProvider.version(), pack.name(), pack.version(), pack.sha256(),
                inputs, settings.options(), System.getProperty("java.version"), started, finished);
    }

    private static OptionalInt yearOf(List<String> groupValues, int yearIndex) {
        if (yearIndex < 0) return OptionalInt.empty();
        String y = groupValues.get(yearIndex);
        return y.length() >= 4 && y.substring(0, 4).chars().allMatch(Character::isDigit)
                ? OptionalInt.of(Integer.parseInt(y.substring(0, 4))) : OptionalInt.empty();
    }
}
