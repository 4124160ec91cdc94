package org.policylens.rules.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.rules.RulePack;
import org.policylens.rules.TestPacks;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackLinterTest {

    private static final String TWO_THEMES = """
            name: l
            version: 1
            themes:
              - id: a
                label_zh: 甲
                label_en: A
                color: "#222222"
                rules:
                  - {id: a.t, kind: terms, terms: [绿色, 蓝天, 绿色]}
                  - {id: a.u, kind: terms, terms: [蓝天]}
              - id: b
                label_zh: 乙
                label_en: B
                color: "#111111"
                rules:
                  - {id: b.t, kind: terms, terms: [绿色]}
            exclusions:
              - {id: x.never, theme: a, contexts: [通道]}
              - {id: x.ok, theme: a, contexts: [绿色通道]}
            """;

    private static List<String> lint(Path dir, String yaml) {
        RulePack p = TestPacks.inline(dir, "lint.yaml", yaml);
        return PackLinter.lint(p.definition()).stream().map(Finding::toString).toList();
    }

    @Test
    void fixedTestPackIsClean() {
        assertEquals(List.of(), PackLinter.lint(TestPacks.mini().definition()));
    }

    @Test
    void duplicateTermInRuleIsReported(@TempDir Path dir) {
        assertTrue(lint(dir, TWO_THEMES).stream().anyMatch(f -> f.contains("duplicate term '绿色' in rule 'a.t'")));
    }

    @Test
    void termInTwoRulesOfSameThemeIsReported(@TempDir Path dir) {
        assertTrue(lint(dir, TWO_THEMES).stream().anyMatch(f -> f.contains("term '蓝天' of rule 'a.u' is also in rule 'a.t'")));
    }

    @Test
    void termInTwoThemesWithoutNoteIsReported(@TempDir Path dir) {
        assertTrue(lint(dir, TWO_THEMES).stream().anyMatch(f -> f.contains("term '绿色' is in theme 'b'")));
    }

    @Test
    void termInTwoThemesWithNoteIsAccepted(@TempDir Path dir) {
        String yaml = TWO_THEMES.replace("{id: b.t, kind: terms, terms: [绿色]}", "{id: b.t, kind: terms, terms: [绿色], note: both}");
        assertTrue(lint(dir, yaml).stream().noneMatch(f -> f.contains("is in theme 'b'")));
    }

    @Test
    void exclusionThatCanNeverOverlapIsReported(@TempDir Path dir) {
        List<String> findings = lint(dir, TWO_THEMES);
        assertTrue(findings.stream().anyMatch(f -> f.contains("lint.yaml:18:5: warning: exclusion 'x.never': context '通道'")), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.contains("x.ok")), findings.toString());
    }

    @Test
    void patternThatRunsOnEveryUnitIsReported(@TempDir Path dir) {
        // no literal every match needs: RE2/J would run on every unit (a pack once ran 12x slower for this)
        List<String> slow = lint(dir, TestPacks.oneTheme("- {id: a.p, kind: pattern, pattern: \"[0-9]+[万亿]\"}"));
        assertTrue(slow.stream().anyMatch(f -> f.contains("pattern of rule 'a.p' has no literal that every match needs")), slow.toString());
        String words = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "词" + (char) ('甲' + i))
                .collect(java.util.stream.Collectors.joining("|"));
        List<String> gated = lint(dir, TestPacks.oneTheme("- {id: a.p, kind: pattern, pattern: \"[^。，]*(" + words + ")\"}"));
        assertTrue(gated.stream().noneMatch(f -> f.contains("no literal")), gated.toString());
    }

    @Test
    void patternMatchingEmptyStringIsReported(@TempDir Path dir) {
        List<String> findings = lint(dir, TestPacks.oneTheme("- {id: a.p, kind: pattern, pattern: \"[0-9]*\"}"));
        assertTrue(findings.stream().anyMatch(f -> f.contains("matches the empty string")), findings.toString());
    }
}
