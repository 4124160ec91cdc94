package org.policylens.analysis.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policylens.analysis.cli.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One CSV output file: read whole ({@link #read}) or streamed row by row ({@link #stream}, for units.csv and
 * evidence.csv, which grow with the corpus). Cells are looked up by column name; errors name file and line.
 */
final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

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
        List<Row> rows = new ArrayList<>();
        List<String> header = stream(file, rows::add);
        return new CsvTable(file, header, rows);
    }

    /** Calls {@code each} for every row in file order; returns the header. */
    static List<String> stream(Path file, Consumer<Row> each) {
        try (Reader in = open(file);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            List<String> header = List.copyOf(parser.getHeaderNames());
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
            for (CSVRecord r : parser) {
                String[] values = new String[header.size()];
                for (int i = 0; i < values.length && i < r.size(); i++) {
                    values[i] = r.get(i);
                }
                each.accept(new Row(file, r.getRecordNumber() + 1, index, values));
            }
            return header;
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(file + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    /**
     * A UTF-8 reader positioned after the byte-order mark, if the file starts with one: {@code compare --excel}
     * writes its CSV files with a mark, and the report is built from them.
     */
    private static Reader open(Path file) throws IOException {
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') in.reset();
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The header of a file, checked for required columns (file:1 error naming the first missing one). */
    static List<String> header(Path file, String... required) {
        List<String> header;
        try (Reader in = open(file);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            header = List.copyOf(parser.getHeaderNames());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(file + ": malformed CSV: " + e.getMessage(), e);
        }
        requireColumns(file, header, required);
        return header;
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
        requireColumns(file, header, columns);
        return this;
    }

    private static void requireColumns(Path file, List<String> header, String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) {
                throw new InputException(file + ":1: missing column '" + c + "' (header: " + String.join(",", header) + ")");
            }
        }
    }

    /** One data row; {@code line} is the 1-based line of the record (the header is line 1). */
    static final class Row {
        private final Path file;
        private final long line;
        private final Map<String, Integer> index;
        private final String[] values;

        private Row(Path file, long line, Map<String, Integer> index, String[] values) {
            this.file = file;
            this.line = line;
            this.index = index;
            this.values = values;
        }

        Path file() {
            return file;
        }

        long line() {
            return line;
        }

        String get(String column) {
            Integer i = index.get(column);
            if (i == null || values[i] == null) {
                throw new InputException(file + ":" + line + ": no column '" + column + "'");
            }
            return values[i];
        }

        String getOrDefault(String column, String fallback) {
            Integer i = index.get(column);
            return i == null || values[i] == null ? fallback : values[i];
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
