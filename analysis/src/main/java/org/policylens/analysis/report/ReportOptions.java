package org.policylens.analysis.report;

import java.util.List;

/**
 * Settings for {@link ReportWriter}.
 *
 * @param maxUnitsPerDocument the sentence explorer embeds at most this many units per document (the first ones, in
 *                            document order) so the file stays a reasonable size; the report says when it cut
 * @param themes              theme labels and colours, usually from the rule pack ({@code pack.themes()}); themes
 *                            missing here get the zh-policy defaults or a fallback colour
 * @param embedFont           embed a subset of the bundled CJK font so Chinese shows on machines without CJK fonts
 *                            (adds ~190 bytes per distinct Chinese character: ~300 KB for one work report)
 */
public record ReportOptions(int maxUnitsPerDocument, List<ReportTheme> themes, boolean embedFont) {
    /** 2000 units per document (a work report has 300–1200), default theme styles, CJK font embedded. */
    public static final ReportOptions DEFAULT = new ReportOptions(2000, List.of(), true);

    public ReportOptions {
        if (maxUnitsPerDocument < 1) {
            throw new IllegalArgumentException("maxUnitsPerDocument: must be >= 1, got " + maxUnitsPerDocument);
        }
        themes = List.copyOf(themes);
    }

    public ReportOptions withThemes(List<ReportTheme> newThemes) {
        return new ReportOptions(maxUnitsPerDocument, newThemes, embedFont);
    }

    public ReportOptions withMaxUnitsPerDocument(int max) {
        return new ReportOptions(max, themes, embedFont);
    }

    public ReportOptions withEmbedFont(boolean embed) {
        return new ReportOptions(maxUnitsPerDocument, themes, embed);
    }
}
