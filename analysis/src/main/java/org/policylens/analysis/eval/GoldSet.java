package org.policylens.analysis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a gold TSV (columns {@code id, file, index, text, themes, primary}; themes comma-separated or
 * {@code none}). Problems are reported as {@code file:line: what}.
 */
public final class GoldSet {

    static final List<String> COLUMNS = List.of("id", "file", "index", "text", "themes", "primary");

    private GoldSet() {
    }

    /** Parses the lines of a gold file named {@code name}. */
    public static List<GoldUnit> parse(String name, List<String> lines) {
        if (lines.isEmpty()) throw new IllegalArgumentException(name + ":1: empty gold file (want a header: " + String.join("\t", COLUMNS) + ")");
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int[] col = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            col[i] = header.indexOf(COLUMNS.get(i));
            if (col[i] < 0 && !COLUMNS.get(i).equals("index") && !COLUMNS.get(i).equals("file"))
                throw new IllegalArgumentException(name + ":1: missing column '" + COLUMNS.get(i) + "' (header: " + header + ")");
        }
        List<GoldUnit> units = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            if (f.length != header.size())
                throw new IllegalArgumentException(name + ":" + (n + 1) + ": " + f.length + " columns, header has " + header.size());
            List<String> themes = themes(f[col[4]]);
            String primary = f[col[5]].strip();
            if (primary.isEmpty()) throw new IllegalArgumentException(name + ":" + (n + 1) + ": empty primary (use 'none')");
            if (themes.isEmpty() != primary.equals("none") || (!themes.isEmpty() && !themes.contains(primary)))
                throw new IllegalArgumentException(name + ":" + (n + 1) + ": primary '" + primary + "' does not fit themes " + themes);
            units.add(new GoldUnit(f[col[0]].strip(), col[1] >= 0 ? f[col[1]] : "", n + 1, f[col[3]], themes, primary));
        }
        return units;
    }

    private static List<String> themes(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || s.equals("none")) return List.of();
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    static Map<String, Integer> index(List<String> themes) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < themes.size(); i++) m.put(themes.get(i), i);
        return m;
    }
}
