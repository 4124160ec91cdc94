package org.policylens.analysis.report;

import java.util.List;

/**
 * Settings for {@link ReportWriter}.
 *
 * @param maxUnitsPerDocument the sentence explorer embeds at most this many units per document (the first ones, in
 *                            document order); the report says when it cut
 * @param maxUnits            and at most about this many in all: with many documents each gets
 *                            {@code maxUnits / documents} (at least 1), so the file stays a reasonable size
 *                            (roughly 180 bytes per unit)
 * @param themes              theme labels and colours, usually from the rule pack ({@code pack.themes()}); themes
 *                            missing here get the zh-policy defaults or a fallback colour
 * @param embedFont           embed a subset of the bundled CJK font so Chinese shows on machines without CJK fonts
 *                            (about 190 bytes per distinct Chinese character: ~300 KB for one work report, ~650 KB
 *                            for the 26 samples)
 * @param figureBytes         at most this many bytes of charts/ files are embedded (base64 adds a third): comparison
 *                            charts first, per-document charts only if they all fit; the page names the rest
 */
public record ReportOptions(int maxUnitsPerDocument, int maxUnits, List<ReportTheme> themes, boolean embedFont,
                            long figureBytes) {
    /**
     * 2000 units per document (a work report has 300–1200), 50,000 in all, default theme styles, CJK font embedded,
     * 3 MB of chart files.
     */
    public static final ReportOptions DEFAULT = new ReportOptions(2000, 50_000, List.of(), true, 3_000_000);

    public ReportOptions {
        if (maxUnitsPerDocument < 1) {
            throw new IllegalArgumentException("maxUnitsPerDocument: must be >= 1, got " + maxUnitsPerDocument);
        }
        if (maxUnits < 1) {
            throw new IllegalArgumentException("maxUnits: must be >= 1, got " + maxUnits);
        }
        if (figureBytes < 0) {
            throw new IllegalArgumentException("figureBytes: must be >= 0, got " + figureBytes);
        }
        themes = List.copyOf(themes);
    }

    public ReportOptions withThemes(List<ReportTheme> newThemes) {
        return new ReportOptions(maxUnitsPerDocument, maxUnits, newThemes, embedFont, figureBytes);
    }

    public ReportOptions withMaxUnitsPerDocument(int max) {
        return new ReportOptions(max, maxUnits, themes, embedFont, figureBytes);
    }

    public ReportOptions withMaxUnits(int max) {
        return new ReportOptions(maxUnitsPerDocument, max, themes, embedFont, figureBytes);
    }

    public ReportOptions withEmbedFont(boolean embed) {
        return new ReportOptions(maxUnitsPerDocument, maxUnits, themes, embed, figureBytes);
    }

    public ReportOptions withFigureBytes(long bytes) {
        return new ReportOptions(maxUnitsPerDocument, maxUnits, themes, embedFont, bytes);
    }

    /** Units per document the explorer keeps when there are {@code documents} documents. */
    int unitsPerDocument(int documents) {
        return Math.min(maxUnitsPerDocument, Math.max(1, maxUnits / Math.max(1, documents)));
    }
}
