package org.policylens.analysis.report;

import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes {@code report.html} into an output folder of {@code compare} or {@code analyze}, from the files already
 * there (run.json, panel_long.csv, groups_long.csv, units.csv, evidence.csv, tests_*.csv, errors.csv, charts/).
 *
 * <pre>{@code
 * Path html = ReportWriter.write(outDir);                                  // default theme styles
 * Path html = ReportWriter.write(outDir, ReportOptions.DEFAULT.withThemes(ReportTheme.fromPack(pack.themes())));
 * }</pre>
 *
 * <p>Call it last, once run.json, the CSV files and charts/ are in the folder (without run.json the page says that
 * the version, pack and inputs are in run.json).
 *
 * <p>The page is one self-contained file: CSS, script, data and charts are inline, and its Content-Security-Policy
 * forbids loading anything, so it works opened from disk and offline. The same folder gives byte-identical HTML.
 */
public final class ReportWriter {
    /** Name of the file written into the output folder. */
    public static final String FILE_NAME = "report.html";

    private ReportWriter() {
    }

    /** Writes {@code outDir/report.html} with {@link ReportOptions#DEFAULT}; returns its path. */
    public static Path write(Path outDir) {
        return write(outDir, ReportOptions.DEFAULT);
    }

    /**
     * Writes {@code outDir/report.html}; returns its path.
     *
     * @throws InputException when run.json or panel_long.csv is missing, or a file cannot be read (message names the
     *                        file and line)
     */
    public static Path write(Path outDir, ReportOptions options) {
        String html = render(outDir, options);
        Path target = outDir.resolve(FILE_NAME);
        try {
            Path tmp = outDir.resolve("." + FILE_NAME + ".tmp"); // not createTempFile: that makes the file owner-only
            try {
                Files.writeString(tmp, html, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InputException(target + ": cannot write: " + e.getMessage(), e);
        }
        return target;
    }

    /** The report as a string (what {@link #write} writes). */
    public static String render(Path outDir, ReportOptions options) {
        OutputFolder out = OutputFolder.read(outDir);
        List<ReportTheme> themes = ReportThemes.resolve(out.themeIds(), options.themes());
        ReportData data = new ReportData(out, themes, options);
        List<Finding> findings = new Findings(themes).all(out);
        return new HtmlPage(out, data, findings, Figures.read(outDir, options.figureBytes()), options.embedFont()).render();
    }
}
