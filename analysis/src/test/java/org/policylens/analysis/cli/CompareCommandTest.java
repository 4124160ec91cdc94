package org.policylens.analysis.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end: {@code compare} on four of the bundled samples (../samples, see samples/SOURCES.md),
 * with the real ingest, rule pack and statistics. The run is done once and its folder shared.
 */
class CompareCommandTest {

    private static final List<String> SUBSET =
            List.of("hailaer_2013.txt", "hailaer_2014.txt", "hailaer_2015.txt", "suzhou_2025h1.txt");

    @TempDir
    static Path dir;
    static Path input;
    static Path out;
    static String[] firstRun;

    static String[] run(String... args) {
        CommandLine cl = PolicyLens.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        return new String[]{String.valueOf(code), o.toString(), e.toString()};
    }

    static Path subset(Path target) throws IOException {
        Files.createDirectories(target);
        StringBuilder manifest = new StringBuilder("file,city,year,province,level\n");
        List<String> rows = Files.readAllLines(Path.of("..", "samples", "manifest.csv"));
        for (String name : SUBSET) {
            Files.copy(Path.of("..", "samples", name), target.resolve(name));
            rows.stream().filter(r -> r.startsWith(name + ",")).forEach(r -> manifest.append(r).append('\n'));
        }
        Files.writeString(target.resolve("manifest.csv"), manifest.toString());
        return target;
    }

    @BeforeAll
    static void compareOnce() throws IOException {
        input = subset(dir.resolve("in"));
        out = dir.resolve("out");
        firstRun = run("compare", input.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (CSVParser p = CSVParser.parse(out.resolve(name), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void succeedsAndWritesEveryOutput() {
        assertEquals("0", firstRun[0], firstRun[2]);
        for (String f : List.of("panel_long.csv", "panel_wide.csv", "units.csv", "evidence.csv", "groups_long.csv",
                "errors.csv", "run.json"))
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        for (String f : List.of("tests_chisq.csv", "tests_residuals.csv", "tests_pairwise.csv", "tests_jsd.csv",
                "tests_trend.csv", "tests_robustness.csv", "tests.json"))
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        assertTrue(Files.isRegularFile(out.resolve("charts/city_grouped.png")), "charts/city_grouped.png");
        assertTrue(Files.isRegularFile(out.resolve("report.html")), "report.html");
    }

    @Test
    void primaryCountsAddUpToTheUnitsOfEachDocument() throws IOException {
        Map<String, Integer> unitsPerDoc = new HashMap<>();
        for (CSVRecord r : csv("units.csv")) unitsPerDoc.merge(r.get("document"), 1, Integer::sum);
        Map<String, Double> primarySum = new HashMap<>();
        for (CSVRecord r : csv("panel_long.csv"))
            if (r.get("part").equals("all") && r.get("measure").equals("units_primary"))
                primarySum.merge(r.get("document"), Double.parseDouble(r.get("value")), Double::sum);
        assertEquals(4, unitsPerDoc.size());
        for (var e : unitsPerDoc.entrySet()) assertEquals(e.getValue(), primarySum.get(e.getKey()).intValue(), e.getKey());
        for (CSVRecord r : csv("panel_wide.csv"))
            assertEquals(unitsPerDoc.get(r.get("document")), Integer.parseInt(r.get("units")), r.get("document"));
    }

    @Test
    void wideAndLongAgree() throws IOException {
        Map<String, String> wide = new HashMap<>();
        for (CSVRecord r : csv("panel_wide.csv"))
            r.toMap().forEach((k, v) -> wide.put(r.get("document") + "/" + k, v));
        int checked = 0;
        for (CSVRecord r : csv("panel_long.csv")) {
            String column = r.get("theme") + "_" + r.get("measure") + (r.get("part").equals("all") ? "" : "_" + r.get("part"));
            assertEquals(r.get("value"), wide.get(r.get("document") + "/" + column), column);
            checked++;
        }
        assertTrue(checked > 100);
    }

    @Test
    void evidenceOffsetsPointAtTheMatchedTextInTheOriginal() throws IOException {
        List<CSVRecord> ev = csv("evidence.csv");
        assertFalse(ev.isEmpty());
        String original = Files.readString(input.resolve("suzhou_2025h1.txt"));
        int seen = 0;
        for (CSVRecord r : ev) {
            if (!r.get("document").equals("suzhou_2025h1")) continue;
            String slice = original.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")));
            assertEquals(r.get("text").length(), slice.length(), r.toString());
            seen++;
        }
        assertTrue(seen > 0);
    }

    @Test
    void runJsonRecordsPackAndEveryInput() throws IOException {
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("\"name\" : \"zh-policy\""), json);
        for (String name : SUBSET) assertTrue(json.contains("\"path\" : \"" + name + "\""), name);
        assertTrue(json.contains("\"sha256\""), json);
    }

    @Test
    void runJsonRecordsTheAnalyticIntervalWithoutBootstrapSettings() throws IOException {
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("\"interval\" : \"analytic\""), json);
        assertFalse(json.contains("bootstrap_replicates"), json);
    }

    @Test
    void reportNamesTheAnalyticInterval() throws IOException {
        assertTrue(Files.readString(out.resolve("report.html")).contains("linearised (delta-method) intervals"));
    }

    @Test
    void existingOutputFolderIsAUsageError() {
        String[] r = run("compare", input.toString(), "--out", out.toString(), "--quiet");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[2].contains("--overwrite"), r[2]);
    }

    @Test
    void oneAndFourThreadsWriteTheSameBytesChartsAndReportIncluded() throws IOException {
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        assertEquals("0", run("compare", input.toString(), "--out", one.toString(), "--threads", "1", "--quiet")[0]);
        assertEquals("0", run("compare", input.toString(), "--out", four.toString(), "--threads", "4", "--quiet")[0]);
        assertSameBytes(one, four);
    }

    @Test
    void oneAndTwoThreadsWriteTheSameBytesWithTheBootstrap() throws IOException {
        Path one = dir.resolve("boot-one");
        Path two = dir.resolve("boot-two");
        assertEquals("0", run("compare", input.toString(), "--out", one.toString(), "--threads", "1", "--quiet",
                "--no-charts", "--no-report", "--interval", "bootstrap", "--bootstrap", "200")[0]);
        assertEquals("0", run("compare", input.toString(), "--out", two.toString(), "--threads", "2", "--quiet",
                "--no-charts", "--no-report", "--interval", "bootstrap", "--bootstrap", "200")[0]);
        assertSameBytes(one, two);
    }

    @Test
    void excelRunBuildsTheSameReportFromFilesWithAByteOrderMark() throws IOException {
        Path excel = dir.resolve("excel");
        String[] r = run("compare", input.toString(), "--out", excel.toString(), "--threads", "2", "--quiet", "--excel");
        assertEquals("0", r[0], r[2]);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(excel.resolve("panel_long.csv")), 3);
        assertEquals("[-17, -69, -65]", java.util.Arrays.toString(head));
        // the same report, but for the run record's option (report.html embeds run.json)
        assertEquals(Files.readString(out.resolve("report.html")).replace("&quot;excel&quot; : false", "&quot;excel&quot; : true"),
                Files.readString(excel.resolve("report.html")));
        assertTrue(Files.isRegularFile(excel.resolve("charts/city_grouped.png")));
    }

    private static void assertSameBytes(Path one, Path four) throws IOException {
        try (var files = Files.walk(one)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = one.relativize(f).toString();
                if (rel.equals("run.json")) {
                    String a = Files.readString(f).replaceAll("\"(started|finished)\" : \"[^\"]*\"", "");
                    String b = Files.readString(four.resolve(rel)).replaceAll("\"(started|finished)\" : \"[^\"]*\"", "");
                    assertEquals(a, b, rel);
                } else {
                    assertEquals(-1L, Files.mismatch(f, four.resolve(rel)), rel);
                }
            }
        }
    }

    @Test
    void corruptAndEmptyFilesFailAloneWithExitThree() throws IOException {
        Path mixed = dir.resolve("mixed");
        Files.createDirectories(mixed);
        for (String name : SUBSET.subList(0, 2)) Files.copy(input.resolve(name), mixed.resolve(name));
        Files.writeString(mixed.resolve("empty_2020.txt"), "");
        Files.write(mixed.resolve("corrupt_2021.pdf"), "%PDF-1.7 this is not really a pdf".getBytes(StandardCharsets.US_ASCII));
        Path o = dir.resolve("mixed-out");
        String[] r = run("compare", mixed.toString(), "--out", o.toString(), "--quiet", "--no-charts", "--no-report");
        assertEquals(String.valueOf(ExitCodes.PARTIAL), r[0], r[2]);
        List<String> errors = Files.readAllLines(o.resolve("errors.csv"));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(1).startsWith("corrupt_2021.pdf,read,") && errors.get(2).startsWith("empty_2020.txt,read,"), errors.toString());
        assertTrue(r[2].contains("corrupt_2021.pdf") && r[2].contains("empty_2020.txt"), r[2]);
        assertEquals(1 + 2, Files.readAllLines(o.resolve("panel_wide.csv")).size());
    }

    @Test
    void manifestErrorIsAnInputErrorNamingTheLine() throws IOException {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("manifest.csv"), "file,city,year\nmissing_2020.txt,x,2020\n");
        String[] r = run("compare", bad.toString(), "--out", dir.resolve("bad-out").toString(), "--quiet");
        assertEquals(String.valueOf(ExitCodes.INPUT), r[0]);
        assertTrue(r[2].contains("manifest.csv:2:") && r[2].contains("file not found"), r[2]);
    }

    @Test
    void unknownGroupVariableIsAUsageErrorListingTheKnownOnes() {
        String[] r = run("compare", input.toString(), "--out", dir.resolve("g-out").toString(), "--group-by", "county", "--quiet");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[2].contains("county") && r[2].contains("city, year, province, level"), r[2]);
        assertFalse(Files.exists(dir.resolve("g-out")));
    }
}
