package org.policylens.analysis.report;

import java.util.List;

/**
 * Settings for {@link ReportWriter}.
 *
 * @param maxUnitsPerDocument the sentence explorer embeds at most this many units per document (the first ones, in
 *                            document order) so the file stays a reasonable size; the report says when it cut
 * @param themes              theme labels and colours, usually from the rule pack ({@code pack.themes()}); themes
 *                            missing here get the zh-policy defaults or a fallback colour
 */
public record ReportOptions(int maxUnitsPerDocument, List<ReportTheme> themes) {
    /** 2000 units per document (a work report has 300–1200), default theme styles. */
    public static final ReportOptions DEFAULT = new ReportOptions(2000, List.of());

    public ReportOptions {
        if (maxUnitsPerDocument < 1) {
            throw new IllegalArgumentException("maxUnitsPerDocument: must be >= 1, got " + maxUnitsPerDocument);
        }
        themes = List.copyOf(themes);
    }

    public ReportOptions withThemes(List<ReportTheme> newThemes) {
        return new ReportOptions(maxUnitsPerDocument, newThemes);
    }

    public ReportOptions withMaxUnitsPerDocument(int max) {
        return new ReportOptions(max, themes);
    }
}
