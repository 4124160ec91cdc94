package org.policylens.notebooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    @Test
    void rowsAreMapsInHeaderOrderAndABomIsIgnored(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "\uFEFFgroup,p\nshanghai,0.01\n");
        List<Map<String, String>> rows = Csv.read(csv);
        assertEquals(List.of(Map.of("group", "shanghai", "p", "0.01")), rows);
        assertEquals(List.of("group", "p"), List.copyOf(rows.get(0).keySet()));
    }

    @Test
    void anEmptyCellIsNotANumber(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "value,lower\n0.5,\n");
        Map<String, String> row = Csv.read(csv).get(0);
        assertEquals(0.5, Csv.number(row, "value"));
        assertTrue(Double.isNaN(Csv.number(row, "lower")));
    }
}
