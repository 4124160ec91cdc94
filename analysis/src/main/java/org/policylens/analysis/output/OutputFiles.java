package org.policylens.analysis.output;

import java.util.ArrayList;
import java.util.List;

/** Names and headers of the output folder's files (see CONTRACT "Output folder"). */
public final class OutputFiles {

    public static final String PANEL_LONG = "panel_long.csv";
    public static final String PANEL_WIDE = "panel_wide.csv";
    public static final String UNITS = "units.csv";
    public static final String EVIDENCE = "evidence.csv";
    public static final String GROUPS_LONG = "groups_long.csv";
    public static final String ERRORS = "errors.csv";
    public static final String RUN = "run.json";
    public static final String CHARTS = "charts";
    public static final String REPORT = "report.html";

    public static final List<String> EVIDENCE_HEADER =
            List.of("document", "unit", "rule", "theme", "text", "start", "end", "weight");
    public static final List<String> ERRORS_HEADER = List.of("file", "stage", "message");
    public static final List<String> GROUPS_HEADER =
            List.of("group_by", "group", "part", "theme", "measure", "value", "lower", "upper");

    private OutputFiles() {
    }

    public static List<String> panelLongHeader(List<String> groupVariables) {
        List<String> h = new ArrayList<>();
        h.add("document");
        h.addAll(groupVariables);
        h.addAll(List.of("part", "theme", "measure", "value", "lower", "upper"));
        return h;
    }

    public static List<String> panelWideHeader(List<String> groupVariables, List<String> measureColumns) {
        List<String> h = new ArrayList<>();
        h.add("document");
        h.addAll(groupVariables);
        h.addAll(List.of("units", "chars", "words"));
        h.addAll(measureColumns);
        return h;
    }

    public static List<String> unitsHeader(List<String> themes) {
        List<String> h = new ArrayList<>(List.of("document", "unit", "paragraph", "part", "section", "heading",
                "start", "end", "themes", "primary"));
        for (String t : themes) h.add("score_" + t);
        h.addAll(List.of("intensity", "intensifiers", "evidence", "text"));
        return h;
    }
}
