package org.policylens.analysis.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One CSV output file: read whole ({@link #read}) or streamed row by row ({@link #stream}, {@link #scan}: for
 * units.csv and evidence.csv, which grow with the corpus). Cells are looked up by column name; errors name file and
 * line.
 *
 * <p>Records are split by {@link Scanner}, which works on the UTF-8 bytes and decodes only the cells that are asked
 * for; it follows commons-csv's {@code CSVFormat.RFC4180} exactly (see {@link Scanner}). The header names still come
 * from commons-csv (the header record's text is handed to it), so their checks and errors are unchanged.
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

    /** Calls {@code each} for every row in file order (rows it may keep); returns the header. */
    static List<String> stream(Path file, Consumer<Row> each) {
        return scan(file, Integer.MAX_VALUE, r -> each.accept(r.copy()));
    }

    /**
     * Calls {@code each} for every row in file order with a row that is only valid during the call (its cells are
     * decoded when asked for): {@link Row#copy} keeps one. Returns the header.
     */
    static List<String> scan(Path file, Consumer<Row> each) {
        return scan(file, Integer.MAX_VALUE, each);
    }

    private static List<String> scan(Path file, long maxRows, Consumer<Row> each) {
        try (InputStream in = Files.newInputStream(file)) {
            Scanner s = new Scanner(file, in);
            List<String> header = s.header();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
            Row row = new Row(file, index, header.size());
            for (long n = 0; n < maxRows && s.next(); n++) {
                row.point(s.line(), s.buf, s.bounds, s.escaped, Math.min(s.fields, header.size()));
                each.accept(row);
            }
            return header;
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(file + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    /** The header of a file, checked for required columns (file:1 error naming the first missing one). */
    static List<String> header(Path file, String... required) {
        List<String> header = scan(file, 0, r -> { });
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

    /**
     * Splits a UTF-8 CSV file into records the way commons-csv 1.14's {@code CSVFormat.RFC4180} (with the header
     * record read and skipped) does, on bytes: a byte-order mark at the start is skipped; records end at CRLF, LF or
     * a lone CR; a cell that starts with {@code "} is quoted ({@code ""} inside it is one quote, line breaks are kept,
     * whitespace between the closing quote and the next comma or line end is dropped, anything else there is an
     * error); a quote inside an unquoted cell is an ordinary character; an empty line is a record of one empty cell;
     * a comma before the end of the file adds an empty last cell. Every byte is checked to be well-formed UTF-8 (as
     * the JDK's decoder does), so a cell's text is {@code new String(bytes, UTF_8)}. Errors name file and line (the
     * record's number counted as {@link Row#line} does).
     */
    static final class Scanner {
        private static final int NEED = -1;

        private final Path file;
        private final InputStream in;
        byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private boolean eof;
        int[] bounds = new int[64];
        boolean[] escaped = new boolean[32];
        int fields;
        private long records;

        Scanner(Path file, InputStream in) {
            this.file = file;
            this.in = in;
        }

        /** Reads the header record (none in an empty file) and returns its names as commons-csv gives them. */
        List<String> header() throws IOException {
            fill();
            while (limit < 3 && !eof) {
                fill();
            }
            if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                pos = 3;
            }
            int start = pos;
            String text = next() ? new String(buf, start, pos - start, StandardCharsets.UTF_8) : "";
            try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
                return List.copyOf(parser.getHeaderNames());
            }
        }

        /** The line of the current record as {@link Row#line} counts it (the header is line 1). */
        long line() {
            return records;
        }

        /** Moves to the next record; false at the end of the file. */
        boolean next() throws IOException {
            while (true) {
                int end = parse(pos);
                if (end != NEED) {
                    pos = end;
                    if (fields == 0) {
                        return false;
                    }
                    records++;
                    return true;
                }
                fill();
            }
        }

        /** Keeps the bytes from {@code pos} on at the start of the buffer (growing it if full) and reads more. */
        private void fill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }

        /** Parses the record at {@code p}: its end, or NEED when the buffer ends before it does (and more may come). */
        private int parse(int p) {
            fields = 0;
            if (p == limit) {
                return eof ? p : NEED;
            }
            while (true) {
                if (p == limit && !eof) {
                    return NEED;
                }
                if (p < limit && buf[p] == '"') {
                    int s = p + 1;
                    int q = s;
                    boolean esc = false;
                    while (true) {
                        while (q < limit && buf[q] != '"') {
                            if (buf[q] >= 0) {
                                q++;
                            } else {
                                int n = utf8(q);
                                if (n == NEED) {
                                    return NEED;
                                }
                                q += n;
                            }
                        }
                        if (q == limit) {
                            if (!eof) {
                                return NEED;
                            }
                            throw error("the file ends inside a quoted cell");
                        }
                        if (q + 1 == limit && !eof) {
                            return NEED;
                        }
                        if (q + 1 < limit && buf[q + 1] == '"') {
                            esc = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    add(s, q, esc);
                    p = q + 1;
                    while (true) {
                        if (p == limit) {
                            return eof ? p : NEED;
                        }
                        byte b = buf[p];
                        if (b == ',') {
                            p++;
                            break;
                        }
                        if (b == '\n') {
                            return p + 1;
                        }
                        if (b == '\r') {
                            return lineEnd(p);
                        }
                        int n = whitespace(p);
                        if (n == NEED) {
                            return NEED;
                        }
                        if (n == 0) {
                            throw error("a character other than a comma or line end after a quoted cell");
                        }
                        p += n;
                    }
                } else {
                    int s = p;
                    while (p < limit) {
                        byte b = buf[p];
                        if (b >= 0) {
                            if (b == ',' || b == '\n' || b == '\r') {
                                break;
                            }
                            p++;
                        } else {
                            int n = utf8(p);
                            if (n == NEED) {
                                return NEED;
                            }
                            p += n;
                        }
                    }
                    if (p == limit) {
                        if (!eof) {
                            return NEED;
                        }
                        add(s, p, false);
                        return p;
                    }
                    add(s, p, false);
                    byte b = buf[p];
                    if (b == ',') {
                        p++;
                    } else if (b == '\n') {
                        return p + 1;
                    } else {
                        return lineEnd(p);
                    }
                }
            }
        }

        /** {@code buf[p]} is CR: the end of the record after it (and after an LF that follows). */
        private int lineEnd(int p) {
            if (p + 1 == limit) {
                return eof ? p + 1 : NEED;
            }
            return buf[p + 1] == '\n' ? p + 2 : p + 1;
        }

        private void add(int start, int end, boolean esc) {
            if (2 * fields + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
                escaped = Arrays.copyOf(escaped, escaped.length * 2);
            }
            bounds[2 * fields] = start;
            bounds[2 * fields + 1] = end;
            escaped[fields] = esc;
            fields++;
        }

        /**
         * Length of the well-formed UTF-8 sequence of 2 to 4 bytes at {@code p} (the JDK decoder's rules: no overlong
         * forms, no surrogates, nothing above U+10FFFF); NEED if the buffer ends inside it; an error if malformed.
         */
        private int utf8(int p) {
            int b0 = buf[p] & 0xFF;
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (b0 < 0xC2) {
                throw notUtf8();
            } else if (b0 < 0xE0) {
                n = 2;
            } else if (b0 < 0xF0) {
                n = 3;
                if (b0 == 0xE0) {
                    lo = 0xA0;
                } else if (b0 == 0xED) {
                    hi = 0x9F;
                }
            } else if (b0 < 0xF5) {
                n = 4;
                if (b0 == 0xF0) {
                    lo = 0x90;
                } else if (b0 == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                throw notUtf8();
            }
            for (int i = 1; i < n; i++) {
                if (p + i >= limit) {
                    if (eof) {
                        throw notUtf8();
                    }
                    return NEED;
                }
                int c = buf[p + i] & 0xFF;
                if (c < lo || c > hi) {
                    throw notUtf8();
                }
                lo = 0x80;
                hi = 0xBF;
            }
            return n;
        }

        /** Bytes of the whitespace character at {@code p} ({@code Character.isWhitespace} of its UTF-16 char), 0 if none. */
        private int whitespace(int p) {
            byte b = buf[p];
            if (b >= 0) {
                return Character.isWhitespace((char) b) ? 1 : 0;
            }
            int n = utf8(p);
            if (n == NEED || n == 4) {
                return n == NEED ? NEED : 0;
            }
            char c = new String(buf, p, n, StandardCharsets.UTF_8).charAt(0);
            return Character.isWhitespace(c) ? n : 0;
        }

        private InputException notUtf8() {
            return error("not UTF-8");
        }

        private InputException error(String what) {
            return new InputException(file + ":" + (records + 1) + ": malformed CSV: " + what);
        }
    }

    /**
     * One data row; {@code line} is the 1-based line of the record (the header is line 1). Cells are decoded from
     * the record's UTF-8 bytes when first asked for.
     */
    static final class Row {
        private final Path file;
        private final Map<String, Integer> index;
        private final String[] values;
        private long line;
        private byte[] bytes;
        private int[] bounds;
        private boolean[] escaped;
        private int size;

        private Row(Path file, Map<String, Integer> index, int columns) {
            this.file = file;
            this.index = index;
            this.values = new String[columns];
        }

        /** Points this row at a record of the scanner's buffer (its first {@code size} cells). */
        private void point(long line, byte[] bytes, int[] bounds, boolean[] escaped, int size) {
            this.line = line;
            this.bytes = bytes;
            this.bounds = bounds;
            this.escaped = escaped;
            this.size = size;
            Arrays.fill(values, null);
        }

        /** A row with its own copy of the record's bytes, valid after the scan moves on. */
        Row copy() {
            Row r = new Row(file, index, values.length);
            int from = size == 0 ? 0 : bounds[0];
            int to = size == 0 ? 0 : bounds[2 * size - 1];
            int[] b = new int[2 * size];
            for (int i = 0; i < b.length; i++) {
                b[i] = bounds[i] - from;
            }
            r.point(line, Arrays.copyOfRange(bytes, from, to), b, Arrays.copyOf(escaped, size), size);
            return r;
        }

        Path file() {
            return file;
        }

        long line() {
            return line;
        }

        private String cell(int i) {
            String v = values[i];
            if (v == null) {
                int s = bounds[2 * i];
                v = new String(bytes, s, bounds[2 * i + 1] - s, StandardCharsets.UTF_8);
                if (escaped[i]) {
                    v = v.replace("\"\"", "\"");
                }
                values[i] = v;
            }
            return v;
        }

        String get(String column) {
            Integer i = index.get(column);
            if (i == null || i >= size) {
                throw new InputException(file + ":" + line + ": no column '" + column + "'");
            }
            return cell(i);
        }

        String getOrDefault(String column, String fallback) {
            Integer i = index.get(column);
            return i == null || i >= size ? fallback : cell(i);
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
