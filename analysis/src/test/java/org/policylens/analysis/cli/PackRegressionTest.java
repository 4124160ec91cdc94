package org.policylens.analysis.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default pack must not regress on the labelled sample sentences it was tuned with
 * (see src/test/resources/eval/README.md). The blind set is deliberately not tested here: it is for measuring.
 */
class PackRegressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"eval/sample-sentences-1.tsv", "eval/sample-sentences-2.tsv", "eval/sample-sentences-3.tsv",
            "eval/sample-sentences-5.tsv", "eval/sample-sentences-6.tsv"})
    void defaultPackKeepsItsScoresOnTunedSets(String set) {
        Cli r = Cli.run("eval", Cli.resource(set).toString());
        assertTrue(r.code() == ExitCodes.OK, r.err());
        List<String> lines = r.out().lines().toList();
        String[] last = lines.get(lines.size() - 1).split(" ");
        double macroF1 = Double.parseDouble(last[1]);
        double primary = Double.parseDouble(last[3]);
        assertTrue(macroF1 >= 0.92, set + ": macro-F1 " + macroF1);
        assertTrue(primary >= 0.90, set + ": primary accuracy " + primary);
    }
}
