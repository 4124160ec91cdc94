package org.policylens.analysis.output;

import org.junit.jupiter.api.Test;
import org.policylens.analysis.ingest.Part;
import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** UnitRows reuses encoded bytes (document id, repeated sections, match texts): its rows must equal plain CSV. */
class UnitRowsTest {

    private static final List<String> THEMES = List.of("economy", "innovation");

    private static Unit unit(int index, List<String> section, String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) map[i] = 100 * index + i;
        return new Unit("doc,1", index, index, false, new ArrayList<>(section), Part.PLAN, 100 * index,
                100 * index + text.length(), text, text, map);
    }

    private static Labels labels(String text, String... matched) {
        List<Match> evidence = new ArrayList<>();
        for (String m : matched) {
            int at = text.indexOf(m);
            evidence.add(new Match("economy.r" + evidence.size(), "economy", at, at + m.length(), m, 1.5));
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("economy", matched.length * 1.5);
        scores.put("innovation", 0.0);
        boolean none = matched.length == 0;
        return new Labels(none ? List.of() : List.of("economy"), none ? "none" : "economy", scores, evidence,
                List.of(new IntensifierHit("大力", 0, 2, 0.5)), 0.5);
    }

    /** The rows as the plain formatter writes them, field by field. */
    private static String[] expected(List<Unit> units, List<Labels> labels) {
        StringBuilder u = new StringBuilder();
        StringBuilder e = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            Unit x = units.get(i);
            Labels l = labels.get(i);
            List<Object> row = new ArrayList<>(List.of("doc,1", x.index(), x.paragraph(), "plan", x.sectionPath(), "false",
                    x.start(), x.end(), l.themes().isEmpty() ? "none" : String.join(",", l.themes()), l.primary()));
            for (String t : THEMES) row.add(Numbers.format(l.scores().get(t)));
            row.add(Numbers.format(l.intensity()));
            row.add("大力");
            List<String> summary = new ArrayList<>();
            for (Match m : l.evidence()) summary.add(m.ruleId() + ":" + m.text());
            row.add(String.join("|", summary));
            row.add(x.text());
            CsvFiles.append(u, row);
            for (Match m : l.evidence()) {
                CsvFiles.append(e, List.of("doc,1", x.index(), m.ruleId(), m.theme(), m.text(),
                        x.originalOffset(m.start()), x.originalOffset(m.end() - 1) + 1, Numbers.format(m.weight())));
            }
        }
        return new String[]{u.toString(), e.toString()};
    }

    @Test
    void rowsEqualPlainCsvWithRepeatedSectionsAndTrickyMatchTexts() {
        List<String> s1 = List.of("二、2026年工作", "（一）推动\"高质量\",发展");
        List<String> s2 = List.of("三、其他");
        String t0 = "推动经济发展，扩大有效投资。";
        String t1 = "建设\"智慧城市\",推进数字经济,\n和新质生产力。";
        String t2 = "稳就业，促消费。";
        String t3 = "无主题。";
        List<Unit> units = List.of(unit(0, s1, t0), unit(1, s1, t1), unit(2, s2, t2), unit(3, s2, t3), unit(4, s1, t0));
        List<Labels> labels = List.of(labels(t0, "经济发展", "有效投资"), labels(t1, "\"智慧城市\",推进", "数字经济,\n和"),
                labels(t2, "稳就业"), labels(t3), labels(t0, "扩大有效投资"));
        UnitRows rows = new UnitRows("doc,1", THEMES, 40);
        for (int i = 0; i < units.size(); i++) rows.add(units.get(i), labels.get(i));
        String[] want = expected(units, labels);
        assertEquals(want[0], rows.unitsRows().toString());
        assertEquals(want[1], rows.evidenceRows().toString());
    }
}
