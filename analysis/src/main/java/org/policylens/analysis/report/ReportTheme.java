package org.policylens.analysis.report;

import org.policylens.rules.Theme;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the report shows one theme: its id (as in the CSV outputs), labels and colour.
 *
 * @param id      theme id as written in the output files ({@code economy}, ..., or {@code none})
 * @param labelZh Chinese label, e.g. 生态
 * @param labelEn English label, e.g. Ecology
 * @param color   {@code #RRGGBB}
 */
public record ReportTheme(String id, String labelZh, String labelEn, String color) {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public ReportTheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(color, "color");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: blank theme id");
        }
        if (!COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("color: expected #RRGGBB for theme " + id + ", got " + color);
        }
    }

    /** The report styles of a rule pack's themes: {@code ReportTheme.fromPack(pack.themes())}. */
    public static List<ReportTheme> fromPack(List<Theme> themes) {
        return themes.stream().map(t -> new ReportTheme(t.id(), t.labelZh(), t.labelEn(), t.color())).toList();
    }

    /** "Ecology 生态", or just the English label when both are the same. */
    public String label() {
        return labelZh.isEmpty() || labelZh.equals(labelEn) ? labelEn : labelEn + " " + labelZh;
    }
}
