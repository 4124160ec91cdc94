package org.policylens.analysis.cli;

import org.policylens.rules.Classifier;
import org.policylens.rules.Labels;
import org.policylens.rules.RulePack;
import org.policylens.rules.text.TextNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens classify --lines FILE}: one unit per line in, one TSV row of labels per line out. */
@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Classifies each line of a UTF-8 file as one unit and prints TSV: line, themes, primary.",
                "Themes are comma-separated in pack order, or 'none'. Lines are normalised like documents."})
public final class ClassifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lines", required = true, paramLabel = "FILE", description = "UTF-8 text, one unit per line.")
    Path lines;

    @CommandLine.Mixin
    PackOption pack;

    @Override
    public Integer call() {
        List<String> input = TextFiles.lines(lines);
        RulePack p = pack.load();
        Classifier c = p.classifier();
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder sb = new StringBuilder("line\tthemes\tprimary\n");
        for (int i = 0; i < input.size(); i++) {
            Labels l = c.classify(TextNormalizer.normalize(input.get(i)).strip());
            sb.append(i + 1).append('\t').append(l.themesText()).append('\t').append(l.primary()).append('\n');
        }
        out.print(sb);
        out.flush();
        return ExitCodes.OK;
    }
}
