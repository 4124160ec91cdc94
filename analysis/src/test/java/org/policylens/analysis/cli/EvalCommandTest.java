package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {

    private static Cli eval() {
        return Cli.run("eval", Cli.resource("eval/gold-small.tsv").toString(), "--pack", Cli.miniPack());
    }

    @Test
    void lastLineHasMacroF1AndPrimaryAccuracy() {
        Cli r = eval();
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("macro-F1 0.750 primary-accuracy 0.800", lines.get(lines.size() - 1));
    }

    @Test
    void listsPerThemeScores() {
        assertTrue(eval().out().contains("livelihood          1      0      0     0.000   0.000  0.000"), eval().out());
    }

    @Test
    void listsMisclassifiedUnitWithEvidence() {
        assertTrue(eval().out().contains("3\t稳定就业。\tlivelihood (livelihood)\tnone (none)\tlivelihood.terms:就业"), eval().out());
    }

    @Test
    void printsConfusionRowForNone() {
        assertTrue(eval().out().contains("none                     0           0           0           0           1"), eval().out());
    }

    @Test
    void wrongColumnCountNamesLine(@TempDir Path dir) throws IOException {
        Path g = dir.resolve("g.tsv");
        Files.writeString(g, "id\tfile\tindex\ttext\tthemes\tprimary\n1\ta\t1\t句子\teconomy\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("eval", g.toString(), "--pack", Cli.miniPack());
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.err().contains("g.tsv:2: 5 columns, header has 6"), r.err());
    }
}
