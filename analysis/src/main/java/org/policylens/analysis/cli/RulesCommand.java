package org.policylens.analysis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code policylens rules lint|test|audit}: tools for writing and checking rule packs. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tools for rule packs: lint (static checks), test (run the pack's examples), audit (hit counts on a corpus).",
        subcommands = {RulesLintCommand.class, RulesTestCommand.class, RulesAuditCommand.class})
public final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
