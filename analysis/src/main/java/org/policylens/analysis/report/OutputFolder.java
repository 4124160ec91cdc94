package org.policylens.analysis.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one {@code compare}/{@code analyze} output folder that the report reads. {@code panel_long.csv} is
 * required; every other file is optional and its section is left out when absent ({@code run} is then a missing
 * node: the report says that run.json was not there when it was written).
 */
record OutputFolder(Path dir,
                    JsonNode run,
                    CsvTable panel,
                    Optional<CsvTable> groups,
                    Optional<Path> units,
                    List<String> unitsHeader,
                    Optional<Path> evidence,
                    Optional<CsvTable> chisq,
                    Optional<CsvTable> residuals,
                    Optional<CsvTable> pairwise,
                    Optional<CsvTable> jsd,
                    Optional<CsvTable> trend,
                    Optional<CsvTable> robustness,
                    Optional<CsvTable> errors) {

    static final List<String> PANEL_FIXED = List.of("part", "theme", "measure", "value", "lower", "upper");

    static OutputFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": not a folder (expected the output folder of compare or analyze)");
        }
        Path runFile = dir.resolve("run.json");
        JsonNode run = MissingNode.getInstance();
        if (Files.isRegularFile(runFile)) {
            try {
                run = new ObjectMapper().readTree(runFile.toFile());
            } catch (IOException e) {
                throw new InputException(runFile + ": not valid JSON: " + e.getMessage(), e);
            }
        }
        Path panelFile = dir.resolve("panel_long.csv");
        if (!Files.isRegularFile(panelFile)) {
            throw new InputException(panelFile + ": missing (is " + dir + " an output folder of compare or analyze?)");
        }
        CsvTable panel = CsvTable.read(panelFile).require("document", "part", "theme", "measure", "value", "lower", "upper");
        Optional<List<String>> header = streamed(dir, "units.csv", "document", "unit", "part", "section", "heading",
                "start", "end", "themes", "primary", "text");
        Optional<Path> units = header.map(h -> dir.resolve("units.csv"));
        List<String> unitsHeader = header.orElse(List.of());
        return new OutputFolder(dir, run, panel,
                opt(dir, "groups_long.csv", "group_by", "group", "part", "theme", "measure", "value", "lower", "upper"),
                units, unitsHeader,
                streamed(dir, "evidence.csv", "document", "unit", "rule", "theme", "start", "end").map(h -> dir.resolve("evidence.csv")),
                opt(dir, "tests_chisq.csv", "group_by", "part", "statistic", "df", "p", "cramers_v", "n", "note"),
                opt(dir, "tests_residuals.csv", "group_by", "part", "group", "theme", "observed", "expected", "residual", "p"),
                opt(dir, "tests_pairwise.csv", "group_by", "part", "theme", "group_a", "group_b", "share_a", "share_b", "p", "p_holm", "significant"),
                opt(dir, "tests_jsd.csv", "group_by", "part", "group_a", "group_b", "distance"),
                opt(dir, "tests_trend.csv", "group_by", "group", "part", "theme", "measure", "n_years", "slope", "lower", "upper", "p"),
                opt(dir, "tests_robustness.csv", "group_by", "part", "theme", "measure_a", "measure_b", "spearman_rho", "n"),
                opt(dir, "errors.csv", "file", "stage", "message"));
    }

    /** Big files are streamed later: here only their header is checked. */
    private static Optional<List<String>> streamed(Path dir, String name, String... columns) {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(CsvTable.header(file, columns)) : Optional.empty();
    }

    private static Optional<CsvTable> opt(Path dir, String name, String... columns) {
        return CsvTable.readIfPresent(dir.resolve(name)).map(t -> t.require(columns));
    }

    /** Group variables: the panel columns between {@code document} and {@code part}, in manifest order. */
    List<String> groupVars() {
        List<String> h = panel.header();
        return List.copyOf(h.subList(1, h.indexOf("part")));
    }

    /**
     * Theme ids in pack order: the {@code score_<theme>} columns of units.csv when present, else the order of first
     * appearance in the panel; then {@code none} (the primary of units without a theme).
     */
    List<String> themeIds() {
        Set<String> ids = new LinkedHashSet<>();
        unitsHeader.stream().filter(c -> c.startsWith("score_")).forEach(c -> ids.add(c.substring(6)));
        for (CsvTable.Row r : panel.rows()) {
            ids.add(r.get("theme"));
        }
        ids.remove(ReportThemes.NONE);
        List<String> out = new ArrayList<>(ids);
        out.add(ReportThemes.NONE);
        return List.copyOf(out);
    }
}
