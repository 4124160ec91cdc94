package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesCommandTest {

    @Test
    void testPassesForFixedPack() {
        Cli r = Cli.run("rules", "test", Cli.miniPack());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().endsWith("mini 0.1.0: 4 examples, 4 passed, 0 failed\n"), r.out());
    }

    @Test
    void failingExampleExitsThreeAndNamesPlace(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("fail.yaml");
        Files.writeString(p, "extends: " + Cli.miniPack().replace('\\', '/') + "\nname: f\nversion: 1\n"
                + "examples:\n  - {text: 稳定就业。, themes: [livelihood]}\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("rules", "test", p.toString());
        assertEquals(ExitCodes.PARTIAL, r.code());
        assertTrue(r.out().contains("fail.yaml:5:5: FAIL 稳定就业。"), r.out());
        assertTrue(r.out().contains("themes: expected livelihood, got none"), r.out());
    }

    @Test
    void lintReportsLoadErrorWithPlace(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, "name: b\nversion: 1\nthemes: []\nexamples: [{txt: a}]\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("rules", "lint", p.toString());
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.out().contains("bad.yaml:4:13: error: unknown key 'txt' in an example"), r.out());
    }

    @Test
    void lintOfCleanPackExitsZero() {
        Cli r = Cli.run("rules", "lint", Cli.miniPack());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("0 warnings"), r.out());
    }

    @Test
    void auditCountsHitsOnCorpusFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "改善空气质量。加强城市管理。\n提升城市品质！", StandardCharsets.UTF_8);
        Cli r = Cli.run("rules", "audit", Cli.miniPack(), dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 files, 3 units"), r.out());
        assertTrue(r.out().contains("ecology.terms\tecology\tterms\t1\t1\t1\t0"), r.out());
        assertTrue(r.out().contains("城市\t2"), r.out());
    }
}
