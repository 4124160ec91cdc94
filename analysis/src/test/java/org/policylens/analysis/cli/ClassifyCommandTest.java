package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassifyCommandTest {

    @Test
    void printsOneRowPerLineInOrder(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("lines.txt");
        Files.writeString(f, "推进科技创新，地区生产总值增长\n\n说到做到\nＰＭ２．５浓度下降\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("classify", "--lines", f.toString(), "--pack", Cli.miniPack());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                line\tthemes\tprimary
                1\teconomy,innovation\teconomy
                2\tnone\tnone
                3\tnone\tnone
                4\tecology\tecology
                """, r.out());
    }

    @Test
    void missingFileIsInputError(@TempDir Path dir) {
        Cli r = Cli.run("classify", "--lines", dir.resolve("nope.txt").toString(), "--pack", Cli.miniPack());
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
    }

    @Test
    void badPackIsInputErrorWithPlace(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("p.yaml");
        Files.writeString(pack, "name: p\nversion: 1\ntheme: []\n", StandardCharsets.UTF_8);
        Path f = dir.resolve("l.txt");
        Files.writeString(f, "x\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("classify", "--lines", f.toString(), "--pack", pack.toString());
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.err().contains("p.yaml:3:1: unknown key 'theme' in the pack"), r.err());
    }
}
