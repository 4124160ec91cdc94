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

    private static Path twoReports(Path dir) throws IOException {
        Path g = dir.resolve("two.tsv");
        StringBuilder sb = new StringBuilder("id\tfile\tindex\ttext\tthemes\tprimary\n");
        String[][] rows = {
                {"a.txt", "全市地区生产总值增长5.2%。", "economy"}, {"a.txt", "持续改善空气质量。", "ecology"},
                {"a.txt", "稳定就业。", "livelihood"}, {"b.txt", "打造一流创新生态。", "innovation"},
                {"b.txt", "说到做到，干成干好。", "none"}, {"b.txt", "全市地区生产总值增长6%。", "economy"},
                {"c.txt", "稳定就业。", "livelihood"}, {"c.txt", "持续改善空气质量。", "ecology"}};
        for (int i = 0; i < rows.length; i++) {
            sb.append(i + 1).append('\t').append(rows[i][0]).append('\t').append(i + 1).append('\t').append(rows[i][1])
                    .append('\t').append(rows[i][2]).append('\t').append(rows[i][2]).append('\n');
        }
        Files.writeString(g, sb.toString(), StandardCharsets.UTF_8);
        return g;
    }

    @Test
    void printsAnIntervalByReportWhenTheGoldSetHasSeveralFiles(@TempDir Path dir) throws IOException {
        Path g = twoReports(dir);
        Cli r = Cli.run("eval", g.toString(), "--pack", Cli.miniPack());
        assertEquals(0, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("95% interval by report")).findFirst().orElseThrow();
        assertTrue(line.startsWith("95% interval by report (the 3 files resampled 2000 times): macro-F1 "), line);
        assertEquals(r.out(), Cli.run("eval", g.toString(), "--pack", Cli.miniPack()).out()); // same seed, same bytes
        assertTrue(r.out().lines().toList().get(r.out().lines().toList().size() - 1).startsWith("macro-F1 "));
    }

    @Test
    void noIntervalForOneFileOrZeroResamples(@TempDir Path dir) throws IOException {
        assertTrue(!eval().out().contains("95% interval"), eval().out());
        Cli r = Cli.run("eval", twoReports(dir).toString(), "--pack", Cli.miniPack(), "--resamples", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(!r.out().contains("95% interval"), r.out());
    }

    @Test
    void negativeResamplesIsAUsageError(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("eval", twoReports(dir).toString(), "--pack", Cli.miniPack(), "--resamples", "-1");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--resamples must be 0 or more"), r.err());
    }
}
