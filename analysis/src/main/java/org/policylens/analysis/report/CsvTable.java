package org.policylens.analysis.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One CSV output file read whole (header + rows); cells are looked up by column name with file:line errors. */
final class CsvTable {
    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** An absent file is an empty optional; an unreadable or malformed one is an {@link InputException}. */
    static Optional<CsvTable> readIfPresent(Path file) {
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    static CsvTable read(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = new ArrayList<>(parser.getHeaderNames());
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                throw new InputException(file + ":1: starts with a byte order mark; read the file written without --excel");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new Row(file, r.getRecordNumber() + 1, r.toMap()));
            }
            return new CsvTable(file, header, rows);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(file + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** Fails with file:1 when a column the report needs is missing. */
    CsvTable require(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) {
                throw new InputException(file + ":1: missing column '" + c + "' (header: " + String.join(",", header) + ")");
            }
        }
        return this;
    }

    /** One data row; {@code line} is the 1-based line of the record (the header is line 1). */
    record Row(Path file, long line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new InputException(file + ":" + line + ": no column '" + column + "'");
            }
            return v;
        }

        /** Empty cell → NaN (not applicable); anything else must parse as a number. */
        double number(String column) {
            String v = get(column).trim();
            if (v.isEmpty()) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new InputException(file + ":" + line + ": column '" + column + "': not a number: " + v);
            }
        }

        int integer(String column) {
            String v = get(column).trim();
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new InputException(file + ":" + line + ": column '" + column + "': not an integer: " + v);
            }
        }

        boolean flag(String column) {
            String v = get(column).trim().toLowerCase(Locale.ROOT);
            return v.equals("true") || v.equals("1") || v.equals("yes");
        }
    }
}
