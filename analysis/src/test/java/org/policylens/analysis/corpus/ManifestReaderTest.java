package org.policylens.analysis.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestReaderTest {

    @TempDir
    Path dir;

    private Path manifest(String csv) throws IOException {
        Files.writeString(dir.resolve("a_2020.txt"), "一");
        Files.writeString(dir.resolve("b_2021.txt"), "二");
        return Files.writeString(dir.resolve("manifest.csv"), csv);
    }

    private String error(String csv) throws IOException {
        Path m = manifest(csv);
        return assertThrows(InputException.class, () -> ManifestReader.read(m)).getMessage();
    }

    @Test
    void keepsEveryColumnButFileAsGroupVariableInOrder() throws IOException {
        Corpus c = ManifestReader.read(manifest("file,city,year,province\na_2020.txt,a,2020,甲\nb_2021.txt,b,2021,乙\n"));
        assertEquals(List.of("city", "year", "province"), c.groupVariables());
        assertEquals(List.of("a", "2020", "甲"), c.entries().get(0).groupValues());
        assertEquals("b_2021", c.entries().get(1).id());
    }

    @Test
    void missingColumnNamesHeaderLine() throws IOException {
        String msg = error("file,city\na_2020.txt,a\n");
        assertTrue(msg.contains("manifest.csv:1:") && msg.contains("missing column 'year'"), msg);
    }

    @Test
    void fileNotFoundNamesItsLine() throws IOException {
        String msg = error("file,city,year\na_2020.txt,a,2020\nc_2022.txt,c,2022\n");
        assertTrue(msg.contains("manifest.csv:3:") && msg.contains("file not found: c_2022.txt"), msg);
    }

    @Test
    void duplicateRowNamesBothLines() throws IOException {
        String msg = error("file,city,year\na_2020.txt,a,2020\nb_2021.txt,b,2021\na_2020.txt,a,2020\n");
        assertTrue(msg.contains("manifest.csv:4:") && msg.contains("duplicate row") && msg.contains("line 2"), msg);
    }

    @Test
    void badYearNamesItsLine() throws IOException {
        String msg = error("file,city,year\na_2020.txt,a,twenty\n");
        assertTrue(msg.contains("manifest.csv:2:") && msg.contains("bad year 'twenty'"), msg);
    }

    @Test
    void lineNumbersCountQuotedLineBreaks() throws IOException {
        String msg = error("file,city,year,note\na_2020.txt,a,2020,\"two\nlines\"\nb_2021.txt,b,20x1,\n");
        assertTrue(msg.contains("manifest.csv:4:"), msg);
    }
}
