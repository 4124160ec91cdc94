package org.policylens.analysis;

import org.junit.jupiter.api.Test;
import org.policylens.analysis.ingest.Document;
import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.Classifier;
import org.policylens.rules.Labels;
import org.policylens.rules.RulePack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's Java example is this code: the test runs it and checks that the README still shows it verbatim. */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..");

    static void example(Path samples, PrintStream out) {
        // README:begin
        Classifier classifier = RulePack.builtin().classifier();     // the default pack, zh-policy
        Document report = Ingest.read(samples.resolve("suzhou_2025h1.txt"), IngestOptions.DEFAULT);
        for (Unit unit : report.units()) {
            Labels labels = classifier.classify(unit.norm(), unit.section());
            out.println(labels.primary() + "\t" + labels.themes() + "\t" + unit.text());
        }
        // README:end
    }

    @Test
    void exampleRunsAndLabelsTheSuzhouReport() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        example(ROOT.resolve("samples"), new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.lines().count() > 50, "one line per unit");
        assertTrue(out.contains("economy\t[economy") && out.contains("innovation\t") && out.contains("ecology\t")
                && out.contains("livelihood\t"), "every theme occurs in the Suzhou report");
        assertTrue(!out.contains("客服微信") && !out.contains("回到顶部"), "site chrome is not a unit");
    }

    @Test
    void readmeShowsTheExampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/policylens/analysis/ReadmeExampleTest.java"));
        String snippet = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        List<String> lines = snippet.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip()).toList();
        String readme = Files.readString(ROOT.resolve("README.md"));
        String expected = lines.stream().collect(Collectors.joining("\n"));
        assertTrue(readme.contains(expected), "README.md must contain the example exactly:\n" + expected);
    }
}
