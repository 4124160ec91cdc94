package org.policylens.analysis.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * report.html in a real headless chromium (Debian's package, installed by .ci/run): loads without console errors,
 * a filter changes what is shown, a click on a chart bar shows its sentences, a screenshot is not blank.
 * Skipped when chromium is absent, except on CI (CI=true), where that is a failure.
 * Screenshots are kept in target/report-browser/ for a human to look at.
 */
class ReportBrowserTest {
    @TempDir
    static Path tmp;
    private static Chromium browser;
    private static Path out;
    private static final Path SHOTS = Path.of("target", "report-browser");

    @BeforeAll
    static void openReport() throws Exception {
        Optional<Path> exe = Chromium.find();
        if (exe.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but no chromium on PATH: the HTML report must be tested in a browser (apt-get install chromium)");
        }
        if (exe.isEmpty()) {
            return; // each test is then skipped (a class-level abort would not show up as skipped in surefire)
        }
        out = Fixture.copyTo(Files.createDirectories(tmp.resolve("out")));
        Path html = ReportWriter.write(out);
        Files.createDirectories(SHOTS);
        Files.copy(html, SHOTS.resolve("report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        browser = Chromium.launch(exe.get(), Files.createDirectories(tmp.resolve("profile")));
        browser.send("Runtime.enable");
        browser.send("Log.enable");
        browser.send("Page.enable");
        browser.send("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1200, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.send("Page.navigate", Map.of("url", html.toUri().toString()));
        // the load event of the initial about:blank may still arrive: wait for the report itself to say it is ready
        browser.awaitTrue("location.protocol === 'file:' && document.readyState === 'complete'"
                + " && document.documentElement.getAttribute('data-ready') === 'true'");
    }

    @AfterAll
    static void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void showEverything() throws Exception {
        assumeTrue(browser != null, "chromium not installed: browser test skipped");
        browser.eval("document.getElementById('f-reset').click(); window.scrollTo(0, 0); true");
    }

    @Test
    void loadsWithoutConsoleErrors() throws Exception {
        assertEquals("true", browser.eval("document.documentElement.getAttribute('data-ready')").asText(),
                "script ran to the end");
        assertEquals(List.of(), problems());
    }

    /** Uncaught exceptions, console errors and warnings, and browser log errors (CSP violations, failed loads). */
    private static List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (JsonNode e : browser.events()) {
            String method = e.path("method").asText();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.exceptionThrown")) {
                problems.add(p.path("exceptionDetails").toString());
            } else if (method.equals("Runtime.consoleAPICalled")
                    && List.of("error", "assert", "warning").contains(p.path("type").asText())) {
                problems.add(p.path("args").toString());
            } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
                problems.add(p.path("entry").toString());
            }
        }
        return problems;
    }

    @Test
    void oneDocumentWithoutGroupsOrTestsLoadsWithoutErrors() throws Exception {
        Path single = Fixture.copyTo(Files.createDirectories(tmp.resolve("single")));
        try (var files = Files.list(single)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("tests_") || name.equals("groups_long.csv")) {
                    Files.delete(f);
                }
            }
        }
        int before = problems().size();
        try {
            browser.send("Page.navigate", Map.of("url", ReportWriter.write(single).toUri().toString()));
            browser.awaitTrue("location.href.indexOf('/single/') > 0 && document.readyState === 'complete'"
                    + " && document.documentElement.getAttribute('data-ready') === 'true'");
            assertTrue(browser.eval("document.getElementById('group-chart-block').hidden").asBoolean());
            assertEquals(21, unitsShown());
            assertEquals(before, problems().size(), problems().toString());
        } finally {
            browser.send("Page.navigate", Map.of("url", out.resolve("report.html").toUri().toString()));
            browser.awaitTrue("location.href.indexOf('/single/') < 0 && document.readyState === 'complete'"
                    + " && document.documentElement.getAttribute('data-ready') === 'true'");
        }
    }

    @Test
    void themeFilterShowsOnlyUnitsOfThatTheme() throws Exception {
        int all = unitsShown();
        browser.eval("(() => { const s = document.getElementById('f-theme'); s.value = 'ecology';"
                + " s.dispatchEvent(new Event('change')); })()");
        List<String> themes = attribute("data-themes");
        assertEquals(expectedUnits(r -> List.of(r.get("themes").split(",")).contains("ecology")), themes.size());
        assertTrue(themes.size() < all, themes.size() + " of " + all);
        themes.forEach(t -> assertTrue(List.of(t.split(",")).contains("ecology"), t));
    }

    @Test
    void cityFilterShowsOnlyThatCity() throws Exception {
        browser.eval("(() => { const s = document.querySelector('select[data-var=city]'); s.value = 'guowuyuan';"
                + " s.dispatchEvent(new Event('change')); })()");
        List<String> docs = attribute("data-doc");
        assertEquals(expectedUnits(r -> r.get("document").equals("guowuyuan_2024")), docs.size());
    }

    @Test
    void clickOnABarShowsItsSentences() throws Exception {
        JsonNode box = browser.eval("(() => { const b = document.querySelector("
                + "'#chart-docs .bar[data-doc=\"guowuyuan_2024\"][data-theme=\"economy\"]');"
                + " b.scrollIntoView({block: 'center'}); const r = b.getBoundingClientRect();"
                + " const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2, hit: e && e.outerHTML.slice(0, 200)}; })()");
        browser.click(box.path("x").asDouble(), box.path("y").asDouble());
        List<String> docs = attribute("data-doc");
        List<String> primary = attribute("data-primary");
        assertEquals(expectedUnits(r -> r.get("document").equals("guowuyuan_2024") && r.get("primary").equals("economy")),
                docs.size());
        assertTrue(docs.stream().allMatch("guowuyuan_2024"::equals), docs.toString());
        assertTrue(primary.stream().allMatch("economy"::equals), primary.toString());
        assertEquals("guowuyuan_2024", browser.eval("document.getElementById('f-doc').value").asText());
        screenshot("after-bar-click.png");
    }

    @Test
    void findingButtonShowsTheGroupsSentencesOfThatTheme() throws Exception {
        browser.eval("document.querySelector('#findings button.show[data-group=\"shanghai\"][data-theme=\"ecology\"]').click()");
        List<String> docs = attribute("data-doc");
        assertEquals(expectedUnits(r -> r.get("document").startsWith("shanghai_") && r.get("primary").equals("ecology")),
                docs.size());
        assertTrue(docs.stream().allMatch(d -> d.startsWith("shanghai_")), docs.toString());
    }

    @Test
    void evidenceIsHighlightedInThemeColours() throws Exception {
        JsonNode marks = browser.eval("Array.from(document.querySelectorAll('#units mark'))"
                + ".map(m => m.dataset.theme + ':' + m.textContent)");
        List<String> seen = new ArrayList<>();
        marks.forEach(m -> seen.add(m.asText()));
        assertTrue(seen.contains("ecology:公园"), seen.toString());
        assertTrue(seen.contains("innovation:集成电路"), seen.toString());
    }

    @Test
    void chineseTextUsesTheEmbeddedFontWhenTheMachineHasNoCjkFont() throws Exception {
        JsonNode loaded = browser.send("Runtime.evaluate", Map.of("expression",
                "document.fonts.load('16px \"" + CjkFont.FAMILY + "\"', '生态').then(f => f.length)",
                "awaitPromise", true, "returnByValue", true));
        assertEquals(1, loaded.path("result").path("value").asInt(), loaded.toString());
        assertTrue(browser.eval("document.fonts.check('16px \"" + CjkFont.FAMILY + "\"', '上海市人民政府')").asBoolean());
    }

    @Test
    void screenshotIsNotBlank() throws Exception {
        browser.send("Runtime.evaluate", Map.of("expression", "document.fonts.ready.then(() => true)", "awaitPromise", true));
        BufferedImage img = screenshot("top.png");
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.merge(img.getRGB(x, y), 1, Integer::sum);
            }
        }
        int total = colours.values().stream().mapToInt(Integer::intValue).sum();
        int background = colours.values().stream().mapToInt(Integer::intValue).max().orElse(total);
        assertTrue(colours.size() > 20, "distinct colours: " + colours.size());
        assertTrue(total - background > total / 50, "non-background pixels: " + (total - background) + " of " + total);
        fullPage("full.png");
    }

    /** The whole page, kept for a human to look at (no assertion). */
    private static void fullPage(String name) throws Exception {
        JsonNode size = browser.send("Page.getLayoutMetrics").path("cssContentSize");
        String data = browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(),
                        "height", Math.min(size.path("height").asDouble(), 6000), "scale", 1))).path("data").asText();
        Files.write(SHOTS.resolve(name), Base64.getDecoder().decode(data));
    }

    private static BufferedImage screenshot(String name) throws Exception {
        String data = browser.send("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        byte[] png = Base64.getDecoder().decode(data);
        Files.write(SHOTS.resolve(name), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int unitsShown() throws Exception {
        return browser.eval("document.querySelectorAll('#units li.unit').length").asInt();
    }

    private static List<String> attribute(String name) throws Exception {
        JsonNode values = browser.eval("Array.from(document.querySelectorAll('#units li.unit'))"
                + ".map(li => li.getAttribute('" + name + "'))");
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** Expected count, read from the fixture's units.csv (what the explorer must agree with). */
    private static int expectedUnits(java.util.function.Predicate<CsvTable.Row> filter) {
        return (int) CsvTable.read(out.resolve("units.csv")).rows().stream().filter(filter).count();
    }
}
