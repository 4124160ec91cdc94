package org.policylens.analysis.cli;

import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.corpus.CorpusLoader;
import org.policylens.analysis.corpus.NamePattern;
import org.policylens.analysis.output.OutputFolder;
import org.policylens.analysis.pipeline.RunData;
import org.policylens.analysis.pipeline.RunSummary;
import org.policylens.analysis.pipeline.StageClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens analyze FILE...}: one or a few reports, a readable table on the terminal. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Analyses one or a few reports and prints, per document, each theme's emphasis with 95%% intervals.",
                "With --out DIR, also writes the same files as compare."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all documents analysed",
                "1:internal error (a bug: please report it with the stack trace)",
                "2:usage error (unknown option, bad value, output folder exists without --overwrite)",
                "3:some documents failed; the others completed (see stderr)",
                "4:input error: a file or the rule pack could not be read or is invalid"})
public final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (txt, html, pdf, docx).")
    List<Path> files;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Also write the output files to DIR.")
    Path out;

    @Option(names = "--name-pattern", paramLabel = "PATTERN", defaultValue = NamePattern.DEFAULT,
            description = "Group values from file names (default: ${DEFAULT-VALUE}); names that do not fit get empty values.")
    String namePattern;

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() throws Exception {
        run.check(spec, out);
        Corpus corpus = CorpusLoader.ofFiles(files, NamePattern.parse(namePattern));
        List<RunData> captured = new ArrayList<>();
        Path target = out;
        Path scratch = null;
        if (target == null) {
            scratch = Files.createTempDirectory("policylens-analyze-");
            target = scratch.resolve("out");
            run.announce = false;
        }
        try {
            RunSummary summary = run.execute(spec, corpus, target, String.join(" ", files.stream().map(Path::toString).toList()),
                    List.of((folder, data) -> captured.add(data)), true, new StageClock());
            if (!captured.isEmpty()) spec.commandLine().getOut().print(EmphasisTable.render(captured.get(0)));
            spec.commandLine().getOut().flush();
            return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        } finally {
            if (scratch != null) deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
