package org.policylens.notebooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableTest {

    @Test
    void csvRowsAreFilteredLimitedAndCounted(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "city,theme,value\nsuzhou,ecology,0.1\nsuzhou,economy,0.4\nhailaer,ecology,0.2\n");
        MimeBundle bundle = Display.csv(csv, row -> row.get("theme").equals("ecology"), 1, "city", "value");
        assertEquals("city    value\nsuzhou  0.1\n(1 of 2 rows)", bundle.plainText());
    }

    @Test
    void anUnknownColumnIsNamed(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "city,value\nsuzhou,1\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Display.csv(csv, row -> true, 10, "year"));
        assertTrue(error.getMessage().contains("no column 'year'"), error.getMessage());
    }

    @Test
    void chineseCellsAreAlignedByDisplayWidth() {
        MimeBundle bundle = Display.table(java.util.List.of("省", "n"), java.util.List.of(java.util.List.of("江苏省", 3)));
        assertEquals("省      n\n江苏省  3", bundle.plainText());
    }
}
