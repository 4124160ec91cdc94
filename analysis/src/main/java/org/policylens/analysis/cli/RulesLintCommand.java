package org.policylens.analysis.cli;

import org.policylens.rules.RulePack;
import org.policylens.rules.RulePackException;
import org.policylens.rules.lint.Finding;
import org.policylens.rules.lint.PackLinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens rules lint PACK}. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks a rule pack: schema errors, unknown keys and invalid patterns (exit 4), and warnings:",
                "duplicate terms, a term in two themes with no note, exclusions that can never overlap their terms, ...",
                "Exit 0 when it loads (3 with --strict if there are warnings)."})
public final class RulesLintCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK", description = "A builtin pack name, a YAML file or a folder.")
    String pack;

    @Option(names = "--strict", description = "Exit 3 if there is any warning.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RulePack p;
        try {
            p = RulePack.resolve(pack);
        } catch (RulePackException e) {
            out.println(e.getMessage().replaceFirst("^(\\S+:\\d+:\\d+): ", "$1: error: "));
            out.println("1 error");
            out.flush();
            return ExitCodes.INPUT;
        }
        List<Finding> findings = PackLinter.lint(p.definition());
        for (Finding f : findings) out.println(f);
        out.println(p.name() + " " + p.version() + ": " + p.themes().size() + " themes, "
                + p.definition().rules().size() + " rules, " + p.definition().examples().size() + " examples; "
                + findings.size() + " warning" + (findings.size() == 1 ? "" : "s"));
        out.flush();
        return strict && !findings.isEmpty() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
