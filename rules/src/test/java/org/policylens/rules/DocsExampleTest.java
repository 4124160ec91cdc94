package org.policylens.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.rules.lint.ExampleCheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example pack in docs/rule-packs.md loads, and its own examples pass (so the doc cannot go stale). */
class DocsExampleTest {

    @Test
    void documentedPackLoadsAndItsExamplesPass(@TempDir Path dir) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "rule-packs.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "no yaml block in docs/rule-packs.md");
        RulePack p = TestPacks.inline(dir, "my-pack.yaml", m.group(1));
        assertEquals("security", p.themes().get(p.themes().size() - 1).id());
        List<ExampleCheck.Result> own = ExampleCheck.run(p.definition(), p.classifier()).stream()
                .filter(r -> r.example().location().file().endsWith("my-pack.yaml")).toList();
        assertEquals(1, own.size());
        assertTrue(own.get(0).passed(), own.get(0).problems().toString());
    }
}
