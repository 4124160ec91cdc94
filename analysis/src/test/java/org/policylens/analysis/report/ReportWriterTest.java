package org.policylens.analysis.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWriterTest {
    @TempDir
    Path tmp;

    @Test
    void writesReportHtmlIntoTheOutputFolder() throws IOException {
        Path out = Fixture.copyTo(tmp);
        Path html = ReportWriter.write(out);
        assertEquals(out.resolve("report.html"), html);
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void sameFolderGivesIdenticalBytes() {
        Path out = Fixture.copyTo(tmp);
        assertEquals(ReportWriter.render(out, ReportOptions.DEFAULT), ReportWriter.render(out, ReportOptions.DEFAULT));
    }

    @Test
    void isWellFormedHtml() {
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(50);
        org.jsoup.Jsoup.parse(ReportWriter.render(Fixture.copyTo(tmp), ReportOptions.DEFAULT), "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
    }

    @Test
    void loadsNothingFromTheNetwork() {
        String html = ReportWriter.render(Fixture.copyTo(tmp), ReportOptions.DEFAULT);
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external src/href");
    }

    @Test
    void embedsChartsAsDataUris() {
        String html = ReportWriter.render(Fixture.copyTo(tmp), ReportOptions.DEFAULT);
        assertTrue(html.contains("src=\"data:image/png;base64,"), "PNG heatmap embedded");
        assertTrue(html.contains("src=\"data:image/svg+xml;base64,"), "SVG trend embedded");
        assertEquals(3, html.split("<img ", -1).length - 1, "one image per chart name (the smaller of PNG and SVG)");
    }

    @Test
    void perDocumentChartsAreLeftOutTogetherWhenTheyDoNotFit() throws IOException {
        Path out = Fixture.copyTo(tmp);
        Path png = out.resolve("charts/theme_shares_by_document.png");
        Files.copy(png, out.resolve("charts/doc_a_donut.png"));
        Files.copy(png, out.resolve("charts/doc_b_donut.png"));
        long comparison = Files.size(png) + Files.size(out.resolve("charts/heatmap_residuals_city.png"))
                + Files.size(out.resolve("charts/trend_city.svg"));
        String html = ReportWriter.render(out, ReportOptions.DEFAULT.withFigureBytes(comparison + Files.size(png)));
        assertEquals(3, html.split("<img ", -1).length - 1, "comparison charts only");
        assertTrue(html.contains("2 more charts are in the charts/ folder"));
    }

    @Test
    void sentencesFromTestsAppearInPlainWords() {
        String html = ReportWriter.render(Fixture.copyTo(tmp), ReportOptions.DEFAULT);
        assertTrue(html.contains("shanghai gives ecology (生态) significantly more weight than the other city groups"
                + " (whole report): residual +3.1, p &lt; 0.01 (Holm)"), html.substring(html.indexOf("findings"), html.indexOf("findings") + 2000));
    }

    @Test
    void reportTextCannotInjectMarkup() throws IOException {
        Path out = Fixture.copyTo(tmp);
        Path units = out.resolve("units.csv");
        List<String> lines = Files.readAllLines(units, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("一、过去五年工作回顾", "</script><img src=x onerror=alert(1)>"));
        Files.write(units, lines, StandardCharsets.UTF_8);
        Path tests = out.resolve("tests_residuals.csv");
        Files.writeString(tests, Files.readString(tests).replace("shanghai,ecology", "<b>shanghai</b>,ecology"));
        String html = ReportWriter.render(out, ReportOptions.DEFAULT);
        assertFalse(html.contains("<img src=x"), "unit text escaped in the JSON");
        assertFalse(html.contains("<b>shanghai</b>"), "group names escaped in sentences and tables");
        assertTrue(html.contains("&lt;b&gt;shanghai&lt;/b&gt;"));
    }

    @Test
    void capsTheExplorerAndSaysSo() {
        String html = ReportWriter.render(Fixture.copyTo(tmp), ReportOptions.DEFAULT.withMaxUnitsPerDocument(3));
        assertTrue(html.contains("Only the first 3 units of each document are included here"));
    }

    @Test
    void totalCapSharesUnitsAmongDocuments() {
        String html = ReportWriter.render(Fixture.copyTo(tmp), ReportOptions.DEFAULT.withMaxUnits(6));
        assertTrue(html.contains("Only the first 2 units of each document are included here"));
    }

    @Test
    void callerThemeStylesReplaceTheDefaults() {
        String html = ReportWriter.render(Fixture.copyTo(tmp), ReportOptions.DEFAULT.withThemes(
                List.of(new ReportTheme("ecology", "生态环境", "Environment", "#123456"))));
        assertTrue(html.contains("\"id\":\"ecology\",\"label\":\"Environment 生态环境\",\"en\":\"Environment\",\"color\":\"#123456\""));
    }

    @Test
    void packThemesBecomeReportThemes() {
        List<ReportTheme> themes = ReportTheme.fromPack(org.policylens.rules.RulePack.builtin().themes());
        assertEquals(List.of("economy:#0072B2", "innovation:#E69F00", "ecology:#009E73", "livelihood:#CC79A7"),
                themes.stream().map(t -> t.id() + ":" + t.color()).toList());
    }

    @Test
    void missingPanelIsAnInputErrorNamingTheFile() throws IOException {
        Path out = Fixture.copyTo(tmp);
        Files.delete(out.resolve("panel_long.csv"));
        InputException e = assertThrows(InputException.class, () -> ReportWriter.write(out));
        assertTrue(e.getMessage().contains("panel_long.csv: missing"), e.getMessage());
    }

    @Test
    void withoutRunJsonTheReportSaysSo() throws IOException {
        Path out = Fixture.copyTo(tmp);
        Files.delete(out.resolve("run.json"));
        String html = ReportWriter.render(out, ReportOptions.DEFAULT);
        assertTrue(html.contains("run.json was not in the output folder when this report was written"));
    }

    @Test
    void embedsTheCjkCharactersOfThePageAsAFontSubset() {
        Path out = Fixture.copyTo(tmp);
        assertTrue(ReportWriter.render(out, ReportOptions.DEFAULT).contains("@font-face { font-family: \"PolicyLens CJK\"; src: url(data:font/ttf;base64,"));
        assertFalse(ReportWriter.render(out, ReportOptions.DEFAULT.withEmbedFont(false)).contains("@font-face"));
    }

    @Test
    void missingColumnNamesFileAndLine() throws IOException {
        Path out = Fixture.copyTo(tmp);
        Path units = out.resolve("units.csv");
        Files.writeString(units, Files.readString(units).replaceFirst("primary,", "main,"));
        InputException e = assertThrows(InputException.class, () -> ReportWriter.write(out));
        assertTrue(e.getMessage().endsWith("units.csv:1: missing column 'primary' (header: " + Files.readAllLines(units).get(0) + ")"),
                e.getMessage());
    }

    @Test
    void badNumberNamesFileLineAndColumn() throws IOException {
        Path out = Fixture.copyTo(tmp);
        Path chisq = out.resolve("tests_chisq.csv");
        Files.writeString(chisq, Files.readString(chisq).replace("0.0067", "zero"));
        InputException e = assertThrows(InputException.class, () -> ReportWriter.write(out));
        assertTrue(e.getMessage().endsWith("tests_chisq.csv:2: column 'p': not a number: zero"), e.getMessage());
    }
}
