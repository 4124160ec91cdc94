package org.policylens.analysis.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusLoaderTest {

    @TempDir
    Path dir;

    @Test
    void yearIsTheLeadingFourDigitsOfItsField() {
        NamePattern p = NamePattern.parse(NamePattern.DEFAULT);
        assertEquals(Optional.of(List.of("suzhou", "2025")), p.match("suzhou_2025h1.txt"));
    }

    @Test
    void folderIsSearchedRecursivelyInPathOrder() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/wuhan_2020.txt"), "x");
        Files.writeString(dir.resolve("shanghai_2021.html"), "x");
        Files.writeString(dir.resolve("notes.md"), "skipped: not a report");
        Corpus c = CorpusLoader.load(dir, NamePattern.parse(NamePattern.DEFAULT), Optional.empty());
        assertEquals(List.of("b/wuhan_2020", "shanghai_2021"), c.entries().stream().map(CorpusEntry::id).toList());
        assertEquals(List.of("city", "year"), c.groupVariables());
    }

    @Test
    void folderWithManifestUsesIt() throws IOException {
        Files.writeString(dir.resolve("x.txt"), "x");
        Files.writeString(dir.resolve("manifest.csv"), "file,city,year,level\nx.txt,wuhan,2020,prefecture\n");
        Corpus c = CorpusLoader.load(dir, NamePattern.parse(NamePattern.DEFAULT), Optional.empty());
        assertEquals(List.of("city", "year", "level"), c.groupVariables());
    }

    @Test
    void nameNotFittingThePatternIsAnInputError() throws IOException {
        Files.writeString(dir.resolve("report.txt"), "x");
        String msg = assertThrows(InputException.class,
                () -> CorpusLoader.load(dir, NamePattern.parse(NamePattern.DEFAULT), Optional.empty())).getMessage();
        assertTrue(msg.contains("report.txt") && msg.contains("{city}_{year}"), msg);
    }

    @Test
    void outputFolderInsideInputIsSkipped() throws IOException {
        Files.writeString(dir.resolve("wuhan_2020.txt"), "x");
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/report.html"), "x");
        Corpus c = CorpusLoader.load(dir, NamePattern.parse(NamePattern.DEFAULT), Optional.of(dir.resolve("out")));
        assertEquals(1, c.size());
    }
}
