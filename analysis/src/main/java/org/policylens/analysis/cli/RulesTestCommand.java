package org.policylens.analysis.cli;

import org.policylens.rules.Match;
import org.policylens.rules.RulePack;
import org.policylens.rules.lint.ExampleCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code policylens rules test PACK}: runs the pack's examples. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs the pack's examples and reports each failure (exit 3 if any fail).")
public final class RulesTestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK", description = "A builtin pack name, a YAML file or a folder.")
    String pack;

    @Override
    public Integer call() {
        RulePack p = RulePack.resolve(pack);
        List<ExampleCheck.Result> results = ExampleCheck.run(p.definition(), p.classifier());
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (ExampleCheck.Result r : results) {
            if (r.passed()) continue;
            failed++;
            String evidence = r.labels().evidence().stream().map(Match::ruleId).map(String::valueOf)
                    .collect(Collectors.joining(","));
            String matched = r.labels().evidence().stream().map(m -> m.ruleId() + ":" + m.text())
                    .collect(Collectors.joining("|"));
            out.println(r.example().location() + ": FAIL " + r.example().text());
            out.println("    " + String.join("; ", r.problems()) + "; evidence " + (evidence.isEmpty() ? "none" : matched));
        }
        out.println(p.name() + " " + p.version() + ": " + results.size() + " examples, " + (results.size() - failed)
                + " passed, " + failed + " failed");
        out.flush();
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
