package org.policylens.analysis.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.cli.InputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputTablesTest {
    @TempDir
    Path tmp;

    @Test
    void readsGroupVariablesFromThePanelHeader() {
        OutputTables t = OutputTables.read(Fixture.copyTo(tmp.resolve("out")));
        assertEquals(List.of("city", "year", "province", "level"), t.groupVars());
        assertEquals(List.of("city", "year"), t.groupBys());
        assertEquals("zh-policy", t.packName());
        assertEquals(15, t.residuals().size());
    }

    @Test
    void ratioIntervalMethodComesFromRunJson() throws Exception {
        Path run = tmp.resolve("run.json");
        Files.writeString(run, "{\"options\": {\"interval\": \"bootstrap\", \"bootstrap_replicates\": 200}}");
        assertEquals("bootstrap", OutputTables.ratioInterval(run));
        Files.writeString(run, "{\"options\": {\"interval\": \"analytic\"}}");
        assertEquals("analytic", OutputTables.ratioInterval(run));
    }

    @Test
    void runJsonFromBeforeTheIntervalOptionMeansBootstrap() throws Exception {
        Path run = tmp.resolve("run.json");
        Files.writeString(run, "{\"options\": {\"bootstrap_replicates\": 1000, \"bootstrap_seed\": 20240917}}");
        assertEquals("bootstrap", OutputTables.ratioInterval(run));
    }

    @Test
    void chartNotesNameTheDeltaMethodForAnalyticIntervals() {
        assertEquals("delta-method", MeasureText.of("char_share", "analytic").intervalMethod());
        assertEquals("bootstrap", MeasureText.of("intensity", "bootstrap").intervalMethod());
        assertEquals("Wilson", MeasureText.of("units_primary_share", "analytic").intervalMethod());
    }

    @Test
    void readsValuesAndIntervalsAndLeavesEmptyCellsNaN() {
        OutputTables t = OutputTables.read(Fixture.copyTo(tmp.resolve("out")));
        MeasureRow share = t.panel().get(1);
        assertEquals("beijing_2026", share.key());
        assertEquals("北京市", share.vars().get("province"));
        assertEquals("units_primary_share", share.measure());
        assertEquals(0.32619, share.value());
        assertEquals(0.283106, share.lower());
        assertTrue(Double.isNaN(t.panel().get(0).lower()));
    }

    @Test
    void aBadNumberIsReportedWithFileAndLine() throws Exception {
        Path out = Fixture.copyTo(tmp.resolve("out"));
        Path panel = out.resolve(OutputTables.PANEL);
        List<String> lines = Files.readAllLines(panel, StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replace("0.32619", "abc"));
        Files.write(panel, lines, StandardCharsets.UTF_8);
        var e = assertThrows(InputException.class, () -> OutputTables.read(out));
        assertTrue(e.getMessage().endsWith("panel_long.csv:3: column value: not a number: 'abc'"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path out = Fixture.copyTo(tmp.resolve("out"));
        Path groups = out.resolve(OutputTables.GROUPS);
        Files.writeString(groups, "\uFEFF" + Files.readString(groups, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(List.of("city", "year"), OutputTables.read(out).groupBys());
    }

    @Test
    void aFolderWithoutTablesIsAnInputError() {
        var e = assertThrows(InputException.class, () -> OutputTables.read(tmp));
        assertTrue(e.getMessage().contains("no panel_long.csv or groups_long.csv"), e.getMessage());
    }
}
