package org.policylens.analysis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code policylens} command: one front door, one class per subcommand.
 *
 * <p>Exit codes are the same for every subcommand; see {@link ExitCodes}.
 */
@Command(name = "policylens",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads policy documents (Chinese government work reports first) and shows what they emphasise.",
        subcommands = {
                CommandLine.HelpCommand.class,
                UnitsCommand.class,
                ClassifyCommand.class,
                ExplainCommand.class,
                EvalCommand.class,
                RulesCommand.class,
                ChartCommand.class,
                CompareCommand.class,
                AnalyzeCommand.class,
                BenchCommand.class,
                NotebookCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:internal error (a bug: please report it with the stack trace)",
                "2:usage error (unknown option, bad value, missing argument)",
                "3:some documents failed; the others completed (see errors.csv / stderr)",
                "4:input error: a file, manifest or rule pack could not be read or is invalid"})
public final class PolicyLens implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the project's error handling; used by {@link #main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PolicyLens());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        return cl;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // pdfbox logs through commons-logging, which picks log4j-api (shaded in for POI); without a provider log4j-api
        // prints "could not find a logging provider" on every PDF export. Its simple logger keeps warnings on stderr.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(commandLine().execute(args));
    }
}
