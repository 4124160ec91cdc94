package org.policylens.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.rules.pack.RuleDef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulePackTest {

    @Test
    void loadsNameVersionAndThemesInOrder() {
        RulePack p = TestPacks.mini();
        assertEquals("mini", p.name());
        assertEquals("0.1.0", p.version());
        assertEquals(List.of("economy", "innovation", "ecology", "livelihood"), p.themes().stream().map(Theme::id).toList());
        assertEquals(new Theme("ecology", "生态", "Ecology", "#009E73"), p.themes().get(2));
    }

    @Test
    void sha256IsHexOfSource() {
        assertTrue(TestPacks.mini().sha256().matches("[0-9a-f]{64}"));
    }

    @Test
    void childPackSha256DiffersFromParent() {
        assertNotEquals(TestPacks.mini().sha256(), RulePack.load(TestPacks.path("child.yaml")).sha256());
    }

    @Test
    void extendsAppendsNewThemeAfterParentThemes() {
        RulePack c = RulePack.load(TestPacks.path("child.yaml"));
        assertEquals("mini-child", c.name());
        assertEquals(List.of("economy", "innovation", "ecology", "livelihood", "security"),
                c.themes().stream().map(Theme::id).toList());
    }

    @Test
    void extendsAddsRulesToExistingTheme() {
        RulePack c = RulePack.load(TestPacks.path("child.yaml"));
        assertEquals(List.of("ecology"), c.classifier().classify("改善水质").themes());
    }

    @Test
    void dropTermsRemovesInheritedTerm() {
        RulePack c = RulePack.load(TestPacks.path("child.yaml"));
        RuleDef r = c.definition().rule("ecology.terms").orElseThrow();
        assertFalse(r.terms().contains("空气"));
        assertTrue(r.terms().contains("空气质量"));
    }

    @Test
    void dropExclusionsRemovesInheritedExclusion() {
        RulePack c = RulePack.load(TestPacks.path("child.yaml"));
        assertEquals(List.of("ecology"), c.classifier().classify("开辟绿色通道").themes());
    }

    @Test
    void examplesOfParentAndChildAreAppended() {
        assertEquals(6, RulePack.load(TestPacks.path("child.yaml")).definition().examples().size());
    }

    @Test
    void folderOfFilesMergesInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), TestPacks.oneTheme("- {id: a.t, kind: terms, terms: [绿色]}"));
        Files.writeString(dir.resolve("b.yaml"), """
                version: 2
                themes:
                  - id: alpha
                    rules: [{id: a.u, kind: terms, terms: [蓝天]}]
                """);
        RulePack p = RulePack.load(dir);
        assertEquals("2", p.version());
        assertEquals(2, p.definition().rules().size());
    }

    @Test
    void resolveTreatsYamlNameAsPath() {
        assertEquals("mini", RulePack.resolve(TestPacks.path("mini.yaml").toString()).name());
    }

    @Test
    void unknownBuiltinIsRejected() {
        RulePackException e = assertThrows(RulePackException.class, () -> RulePack.builtin("no-such"));
        assertTrue(e.getMessage().contains("unknown builtin pack 'no-such'"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax.yaml                     | syntax.yaml:6:4: YAML syntax error
            unknown-key.yaml                | unknown-key.yaml:7:5: unknown key 'colour' in a theme
            bad-regex.yaml                  | bad-regex.yaml:11:18: invalid pattern "增长([0-9]+": missing closing )
            unknown-theme.yaml              | unknown-theme.yaml:9:5: exclusion 'x' names unknown theme 'ecolgy'
            extends-unknown-theme.yaml      | extends-unknown-theme.yaml:5:5: theme 'securty' is new here: there is nothing to drop
            extends-unknown-builtin.yaml    | extends-unknown-builtin.yaml:3:10: unknown builtin pack 'no-such-pack'
            cycle-a.yaml                    | cycle-b.yaml:3:10: cycle of 'extends': 
            """)
    void badPackGivesOneClearMessage(String file, String expected) {
        RulePackException e = assertThrows(RulePackException.class, () -> RulePack.load(TestPacks.path("bad/" + file)));
        String msg = e.getMessage();
        assertTrue(msg.contains(expected), msg);
        assertTrue(msg.matches("(?s)\\S+:\\d+:\\d+: .*"), msg);
        assertFalse(msg.contains("\n"), msg);
    }

    @Test
    void unknownRuleKindIsRejectedWithPlace(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> TestPacks.inline(dir, "k.yaml",
                TestPacks.oneTheme("- {id: a.t, kind: term, terms: [绿色]}")));
        assertTrue(e.getMessage().endsWith("k.yaml:9:25: unknown rule kind 'term' (allowed: terms, bounded, pattern, proximity)"),
                e.getMessage());
    }

    @Test
    void duplicateRuleIdAcrossThemesIsRejected(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> TestPacks.inline(dir, "d.yaml", """
                name: d
                version: 1
                themes:
                  - {id: a, label_zh: 甲, label_en: A, color: "#222222", rules: [{id: r, kind: terms, terms: [绿色]}]}
                  - {id: b, label_zh: 乙, label_en: B, color: "#111111", rules: [{id: r, kind: terms, terms: [蓝天]}]}
                """));
        assertTrue(e.getMessage().contains("rule id 'r' is already used in theme 'a'"), e.getMessage());
    }

    @Test
    void keyOfWrongKindIsRejected(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> TestPacks.inline(dir, "w.yaml",
                TestPacks.oneTheme("- {id: a.t, kind: terms, terms: [绿色], within: 3}")));
        assertTrue(e.getMessage().contains("'within' does not belong in rule 'a.t' of kind terms"), e.getMessage());
    }

    @Test
    void missingNameIsRejected(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> TestPacks.inline(dir, "n.yaml",
                "version: 1\nthemes: []\n"));
        assertTrue(e.getMessage().endsWith("n.yaml:1:1: the pack needs 'name'"), e.getMessage());
    }

    @Test
    void duplicateKeyIsRejected(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> TestPacks.inline(dir, "dk.yaml",
                "name: a\nversion: 1\nname: b\nthemes: []\n"));
        assertTrue(e.getMessage().endsWith("dk.yaml:3:1: duplicate key 'name'"), e.getMessage());
    }

    @Test
    void secondaryRatioIsInheritedThroughExtends(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("parent.yaml"), "secondary_ratio: 0.25\n" + TestPacks.oneTheme("- {id: a.t, kind: terms, terms: [绿色]}"));
        RulePack child = TestPacks.inline(dir, "child.yaml", "name: c\nversion: 1\nextends: parent.yaml\n");
        assertEquals(0.25, child.definition().secondaryRatio());
    }

    @Test
    void secondaryRatioOfOneIsRejected(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> TestPacks.inline(dir, "r.yaml",
                "secondary_ratio: 1\n" + TestPacks.oneTheme("- {id: a.t, kind: terms, terms: [绿色]}")));
        assertTrue(e.getMessage().endsWith("r.yaml:1:18: 'secondary_ratio' must be >= 0 and < 1 (0 = off)"), e.getMessage());
    }

    @Test
    void dropExamplesRemovesInheritedExampleByText(@TempDir Path dir) {
        RulePack child = TestPacks.inline(dir, "de.yaml", "name: c\nversion: 1\nextends: "
                + TestPacks.path("child.yaml") + "\ndrop_examples: [' 持续改善空气质量。']\n");
        List<String> texts = child.definition().examples().stream().map(x -> x.text()).toList();
        assertEquals(5, texts.size());
        assertFalse(texts.contains("持续改善空气质量。"), texts.toString());
    }

    @Test
    void dropExamplesOfAnUnknownTextIsRejectedWithPlace(@TempDir Path dir) {
        RulePackException e = assertThrows(RulePackException.class, () -> TestPacks.inline(dir, "de.yaml",
                "name: c\nversion: 1\nextends: " + TestPacks.path("child.yaml") + "\ndrop_examples: [不存在的例句。]\n"));
        assertTrue(e.getMessage().endsWith("de.yaml:4:17: drop_examples: no inherited example with the text '不存在的例句。'"),
                e.getMessage());
    }
}
