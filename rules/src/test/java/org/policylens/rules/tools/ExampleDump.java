package org.policylens.rules.tools;

import org.policylens.rules.Classifier;
import org.policylens.rules.Explanation;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;
import org.policylens.rules.RulePack;
import org.policylens.rules.TestPacks;
import org.policylens.rules.pack.ExampleDef;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checking tool (not a test): prints the labels, scores, evidence, intensifiers and dropped matches of every
 * example of every builtin pack and of the test pack, so two engine versions can be compared with {@code cmp}.
 * <pre>
 * java -cp rules/target/classes:rules/target/test-classes:$DEPS org.policylens.rules.tools.ExampleDump OUT.txt
 * </pre>
 * The sample reports are dumped by {@code org.policylens.analysis.perf.PerfHarness dump}.
 */
public final class ExampleDump {

    private ExampleDump() {
    }

    public static void main(String[] args) throws IOException {
        List<RulePack> packs = new ArrayList<>();
        for (String name : RulePack.builtinNames()) packs.add(RulePack.builtin(name));
        packs.add(TestPacks.mini());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (RulePack p : packs) {
                Classifier c = p.classifier();
                w.println("PACK " + p.name());
                for (ExampleDef x : p.definition().examples()) {
                    Explanation e = c.explain(x.text(), List.of());
                    Labels l = c.classify(x.text());
                    if (!l.equals(e.labels())) w.println("MISMATCH classify != explain");
                    w.println(line(x.text(), l) + " | dropped=" + e.dropped() + " " + e.decision());
                }
            }
        }
    }

    /** One line: text, themes, primary, scores, intensity, evidence, intensifiers. */
    static String line(String text, Labels l) {
        StringBuilder sb = new StringBuilder(text).append(" | ").append(l.themes()).append(' ').append(l.primary())
                .append(' ').append(l.scores()).append(' ').append(l.intensity()).append(" |");
        for (Match m : l.evidence())
            sb.append(' ').append(m.ruleId()).append(':').append(m.theme()).append(':').append(m.start()).append('-')
                    .append(m.end()).append(':').append(m.text()).append(':').append(m.weight());
        sb.append(" |");
        for (IntensifierHit h : l.intensifiers())
            sb.append(' ').append(h.term()).append(':').append(h.start()).append('-').append(h.end()).append(':')
                    .append(h.weight());
        return sb.toString();
    }
}
