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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A small table of strings, rendered as HTML for the notebook and as aligned text for plain front ends. */
record Table(List<String> header, List<List<String>> rows, String note) {

    Table {
        header = List.copyOf(header);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + row.size() + " cells, the header has "
                        + header.size());
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    Table(List<String> header, List<List<String>> rows) {
        this(header, rows, "");
    }

    static Table fromCsv(Path file, Predicate<Map<String, String>> where, int limit, List<String> columns) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> names = parser.getHeaderNames().stream()
                    .map(name -> name.startsWith("\uFEFF") ? name.substring(1) : name).toList();
            List<String> shown = columns.isEmpty() ? names : columns;
            for (String column : shown) {
                if (!names.contains(column)) {
                    throw new IllegalArgumentException(file + ": no column '" + column + "' (columns: " + names + ")");
                }
            }
            List<List<String>> rows = new ArrayList<>();
            int matching = 0;
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size() && i < record.size(); i++) {
                    row.put(names.get(i), record.get(i));
                }
                if (!where.test(row)) {
                    continue;
                }
                matching++;
                if (rows.size() < limit) {
                    rows.add(shown.stream().map(c -> row.getOrDefault(c, "")).toList());
                }
            }
            String note = matching > rows.size() ? rows.size() + " of " + matching + " rows" : "";
            return new Table(shown, rows, note);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    MimeBundle bundle() {
        return MimeBundle.of(MimeBundle.HTML, html(), text());
    }

    String html() {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        for (String name : header) {
            html.append("<th>").append(escape(name)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (String cell : row) {
                html.append(numeric(cell) ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                        .append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>");
        if (!note.isEmpty()) {
            html.append("\n<p><em>").append(escape(note)).append("</em></p>");
        }
        return html.toString();
    }

    String text() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(header.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, header, widths);
        for (List<String> row : rows) {
            line(text, row, widths);
        }
        if (!note.isEmpty()) {
            text.append('(').append(note).append(")\n");
        }
        return text.toString().stripTrailing();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(cell).append(" ".repeat(widths[c] - width(cell) + 2));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** Display width: CJK and full-width characters take two columns. */
    private static int width(String s) {
        return s.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)) ? 2 : 1).sum();
    }

    private static boolean numeric(String cell) {
        return !cell.isEmpty() && cell.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
