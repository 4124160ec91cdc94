package org.policylens.analysis.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of a compare/analyze output folder that charts are drawn from: panel_long.csv, groups_long.csv,
 * tests_residuals.csv (each optional, but at least one of the first two) and run.json (for the rule pack's name
 * and the interval method of char_share and intensity). Bad cells are reported as {@code file:line: ...}.
 *
 * @param ratioInterval how char_share and intensity intervals were computed: {@code analytic} or {@code bootstrap}
 *                      (run.json {@code options.interval}; a run.json from before that option had the bootstrap)
 */
public record OutputTables(Path dir, String packName, String ratioInterval, List<String> groupVars,
                           List<MeasureRow> panel, List<String> groupBys, List<MeasureRow> groups,
                           List<ResidualRow> residuals) {
    public static final String PANEL = "panel_long.csv";
    public static final String GROUPS = "groups_long.csv";
    public static final String RESIDUALS = "tests_residuals.csv";
    public static final String RUN = "run.json";

    public OutputTables {
        groupVars = List.copyOf(groupVars);
        panel = List.copyOf(panel);
        groupBys = List.copyOf(groupBys);
        groups = List.copyOf(groups);
        residuals = List.copyOf(residuals);
    }

    public static OutputTables read(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException(dir + ": not a folder");
        Path panelFile = dir.resolve(PANEL);
        Path groupsFile = dir.resolve(GROUPS);
        if (!Files.isRegularFile(panelFile) && !Files.isRegularFile(groupsFile)) {
            throw new InputException(dir + ": no " + PANEL + " or " + GROUPS + " (is this a compare/analyze output folder?)");
        }
        List<String> groupVars = new ArrayList<>();
        List<MeasureRow> panel = Files.isRegularFile(panelFile) ? readPanel(panelFile, groupVars) : List.of();
        List<MeasureRow> groups = Files.isRegularFile(groupsFile) ? readGroups(groupsFile) : List.of();
        List<String> groupBys = groups.stream().map(r -> r.vars().keySet().iterator().next()).distinct().toList();
        Path resFile = dir.resolve(RESIDUALS);
        List<ResidualRow> residuals = Files.isRegularFile(resFile) ? readResiduals(resFile) : List.of();
        return new OutputTables(dir, packName(dir.resolve(RUN)), ratioInterval(dir.resolve(RUN)), groupVars, panel,
                groupBys, groups, residuals);
    }

    static String ratioInterval(Path runJson) {
        if (!Files.isRegularFile(runJson)) return "analytic";
        try {
            JsonNode options = new ObjectMapper().readTree(runJson.toFile()).path("options");
            JsonNode n = options.path("interval");
            if (n.isTextual()) return n.asText();
            return options.has("bootstrap_replicates") ? "bootstrap" : "analytic";
        } catch (IOException e) {
            throw new InputException(runJson + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    static String packName(Path runJson) {
        if (!Files.isRegularFile(runJson)) return "zh-policy";
        try {
            JsonNode n = new ObjectMapper().readTree(runJson.toFile()).path("rule_pack").path("name");
            return n.isTextual() && !n.asText().isBlank() ? n.asText() : "zh-policy";
        } catch (IOException e) {
            throw new InputException(runJson + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    private static List<MeasureRow> readPanel(Path file, List<String> groupVarsOut) {
        List<MeasureRow> rows = new ArrayList<>();
        parse(file, (header, rec, line) -> {
            if (groupVarsOut.isEmpty() && rows.isEmpty()) {
                int doc = header.indexOf("document");
                int part = header.indexOf("part");
                if (doc != 0 || part < 0) throw new InputException(file + ":1: header must start with document and "
                        + "contain part; got " + header);
                groupVarsOut.addAll(header.subList(doc + 1, part));
            }
            Map<String, String> vars = new LinkedHashMap<>();
            for (String v : groupVarsOut) vars.put(v, rec.get(v));
            rows.add(row(file, line, rec, rec.get("document"), vars));
        }, "document", "part", "theme", "measure", "value", "lower", "upper");
        return rows;
    }

    private static List<MeasureRow> readGroups(Path file) {
        List<MeasureRow> rows = new ArrayList<>();
        parse(file, (header, rec, line) -> rows.add(row(file, line, rec, rec.get("group"),
                Map.of(rec.get("group_by"), rec.get("group")))),
                "group_by", "group", "part", "theme", "measure", "value", "lower", "upper");
        return rows;
    }

    private static List<ResidualRow> readResiduals(Path file) {
        List<ResidualRow> rows = new ArrayList<>();
        parse(file, (header, rec, line) -> rows.add(new ResidualRow(rec.get("group_by"), rec.get("part"),
                        rec.get("group"), rec.get("theme"), num(file, line, rec, "observed"),
                        num(file, line, rec, "expected"), num(file, line, rec, "residual"), num(file, line, rec, "p"))),
                "group_by", "part", "group", "theme", "observed", "expected", "residual", "p");
        return rows;
    }

    private static MeasureRow row(Path file, long line, CSVRecord rec, String key, Map<String, String> vars) {
        return new MeasureRow(key, vars, rec.get("part"), rec.get("theme"), rec.get("measure"),
                num(file, line, rec, "value"), num(file, line, rec, "lower"), num(file, line, rec, "upper"));
    }

    private static double num(Path file, long line, CSVRecord rec, String column) {
        String s = rec.get(column).strip();
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new InputException(file + ":" + line + ": column " + column + ": not a number: '" + s + "'");
        }
    }

    private interface RowHandler {
        void handle(List<String> header, CSVRecord rec, long line);
    }

    private static void parse(Path file, RowHandler handler, String... required) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset(); // --excel writes a byte-order mark
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<String> header = parser.getHeaderNames();
                for (String r : required) {
                    if (!header.contains(r)) throw new InputException(file + ":1: missing column " + r);
                }
                for (CSVRecord rec : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (!rec.isConsistent()) throw new InputException(file + ":" + line + ": expected "
                            + header.size() + " cells, got " + rec.size());
                    handler.handle(header, rec, line);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
