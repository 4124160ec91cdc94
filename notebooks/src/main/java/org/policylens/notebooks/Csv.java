package org.policylens.notebooks;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file of a PolicyLens output folder (header row, UTF-8, an optional BOM) into rows a notebook can
 * filter with streams: {@code Csv.read(out.resolve("tests_chisq.csv")).stream().filter(r -> r.get("part").equals("all"))}.
 */
public final class Csv {

    private Csv() {
    }

    /** Every row as column → value, in file order (columns in header order). */
    public static List<Map<String, String>> read(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> names = parser.getHeaderNames().stream()
                    .map(name -> name.startsWith("\uFEFF") ? name.substring(1) : name).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.size() != names.size()) {
                    throw new IllegalArgumentException(file + ":" + parser.getCurrentLineNumber() + ": " + record.size()
                            + " cells, the header has " + names.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    row.put(names.get(i), record.get(i));
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A cell as a number; an empty cell (not applicable) is NaN. */
    public static double number(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no column '" + column + "' in " + row.keySet());
        }
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }
}
