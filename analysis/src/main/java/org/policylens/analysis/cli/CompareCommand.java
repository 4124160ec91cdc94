package org.policylens.analysis.cli;

import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.corpus.CorpusLoader;
import org.policylens.analysis.corpus.NamePattern;
import org.policylens.analysis.pipeline.RunSummary;
import org.policylens.analysis.pipeline.StageClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code policylens compare INPUT --out DIR}: a corpus in, a panel, tests and charts out. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Compares the reports of a corpus across cities and years.",
                "",
                "INPUT: a folder, searched recursively for *.txt, *.html, *.htm, *.pdf and",
                "*.docx (a manifest.csv in it is used), or a manifest CSV with the columns",
                "file, city, year and any others (all kept as group variables).",
                "",
                "DIR gets panel_long.csv, panel_wide.csv, units.csv, evidence.csv,",
                "groups_long.csv, tests_*.csv, tests.json, errors.csv, run.json, charts/",
                "and report.html. It appears only when complete; inputs are never modified.",
                ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all documents analysed",
                "1:internal error (a bug: please report it with the stack trace)",
                "2:usage error (unknown option, bad value, output folder exists without --overwrite)",
                "3:some documents failed; the others completed (see errors.csv and stderr)",
                "4:input error: the input, manifest or rule pack could not be read or is invalid"})
public final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Folder of reports or manifest CSV.")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Output folder (must not exist unless --overwrite).")
    Path out;

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--name-pattern", paramLabel = "PATTERN", defaultValue = NamePattern.DEFAULT,
            description = "Group values from file names when there is no manifest (default: ${DEFAULT-VALUE}; "
                    + "{year} takes the leading four digits, e.g. suzhou_2025h1 -> suzhou, 2025).")
    String namePattern;

    @Override
    public Integer call() throws Exception {
        run.check(spec, out);
        Corpus corpus = CorpusLoader.load(input, NamePattern.parse(namePattern), Optional.of(out));
        RunSummary summary = run.execute(spec, corpus, out, input.toString(), List.of(), false, new StageClock());
        return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
