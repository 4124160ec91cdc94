package org.policylens.analysis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code policylens notebook ...}: the Jupyter side of PolicyLens. */
@Command(name = "notebook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Jupyter notebooks with Java cells over PolicyLens (see notebooks/).",
        subcommands = {NotebookInstallCommand.class})
public final class NotebookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
