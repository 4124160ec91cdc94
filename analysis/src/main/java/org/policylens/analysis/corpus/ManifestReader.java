package org.policylens.analysis.corpus;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a manifest CSV: columns {@code file}, {@code city}, {@code year} and any others, all kept as
 * group variables in column order. File paths are relative to the manifest's folder. Every problem
 * is reported as {@code manifest.csv:LINE: what} ({@link InputException}).
 */
public final class ManifestReader {

    /** Columns every manifest must have. */
    public static final List<String> REQUIRED = List.of("file", "city", "year");

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private ManifestReader() {
    }

    /** Reads {@code manifest}; entries keep the manifest's row order. */
    public static Corpus read(Path manifest) {
        Path root = manifest.toAbsolutePath().getParent();
        String where = manifest.toString();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = null; // columns as in the file
            List<CorpusEntry> entries = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            long line = 1;
            for (CSVRecord record : parser) {
                long recordLine = line;
                line = parser.getCurrentLineNumber() + 1;
                if (isBlank(record)) continue;
                if (header == null) {
                    header = header(record, where, recordLine);
                    continue;
                }
                entries.add(entry(record, header, root, where, recordLine, seen));
            }
            if (header == null) throw new InputException(where + ":1: empty manifest (expected a header row: file,city,year,...)");
            if (entries.isEmpty()) throw new InputException(where + ": no documents listed");
            return new Corpus(root, groupVariables(header), entries);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(where + ": cannot read manifest: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new InputException(where + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    /** Checks the header and returns its column names (lower case), in file order. */
    private static List<String> header(CSVRecord record, String where, long line) {
        List<String> columns = new ArrayList<>();
        for (String c : record) {
            String name = stripBom(c).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) throw new InputException(where + ":" + line + ": empty column name in header");
            if (columns.contains(name)) throw new InputException(where + ":" + line + ": column '" + name + "' appears twice");
            columns.add(name);
        }
        for (String required : REQUIRED) {
            if (!columns.contains(required))
                throw new InputException(where + ":" + line + ": missing column '" + required
                        + "' (header is " + String.join(",", columns) + "; required: " + String.join(",", REQUIRED) + ")");
        }
        return columns;
    }

    /** Every column except {@code file}, in file order. */
    private static List<String> groupVariables(List<String> header) {
        List<String> vars = new ArrayList<>(header);
        vars.remove("file");
        return vars;
    }

    private static CorpusEntry entry(CSVRecord record, List<String> header, Path root, String where, long line,
                                     Map<String, Long> seen) {
        if (record.size() != header.size())
            throw new InputException(where + ":" + line + ": " + record.size() + " fields, expected " + header.size()
                    + " (" + String.join(",", header) + ")");
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < record.size(); i++) row.put(header.get(i), record.get(i).strip());
        String file = row.get("file");
        if (file.isEmpty()) throw new InputException(where + ":" + line + ": empty 'file'");
        String relative = file.replace('\\', '/');
        Long first = seen.putIfAbsent(relative, line);
        if (first != null)
            throw new InputException(where + ":" + line + ": duplicate row for '" + file + "' (first listed on line " + first + ")");
        Path path = root.resolve(relative).normalize();
        if (!Files.isRegularFile(path))
            throw new InputException(where + ":" + line + ": file not found: " + file + " (looked for " + path + ")");
        String year = row.get("year");
        if (!YEAR.matcher(year).matches())
            throw new InputException(where + ":" + line + ": bad year '" + year + "' (expected four digits, e.g. 2024)");
        if (row.get("city").isEmpty()) throw new InputException(where + ":" + line + ": empty 'city'");
        List<String> values = new ArrayList<>();
        for (String variable : groupVariables(header)) values.add(row.get(variable));
        return new CorpusEntry(path, relative, CorpusEntry.idOf(relative), values);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String v : record) if (!v.isBlank()) return false;
        return true;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
