package org.policylens.analysis.cli;

import org.policylens.rules.RulePack;
import picocli.CommandLine.Option;

/** The {@code --pack} option shared by the commands that classify. */
public final class PackOption {

    @Option(names = "--pack", paramLabel = "PACK",
            description = "Rule pack: a builtin name, a YAML file or a folder of YAML files (default: ${DEFAULT-VALUE}).",
            defaultValue = RulePack.DEFAULT)
    String pack = RulePack.DEFAULT;

    /** Loads the selected pack (a RulePackException becomes exit code 4 with file:line:column). */
    public RulePack load() {
        return RulePack.resolve(pack);
    }
}
