package org.policylens.analysis.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policylens.analysis.stats.ChiSquareRow;
import org.policylens.analysis.stats.GroupResults;
import org.policylens.analysis.stats.JsdRow;
import org.policylens.analysis.stats.MeasureRow;
import org.policylens.analysis.stats.PairwiseRow;
import org.policylens.analysis.stats.ResidualRow;
import org.policylens.analysis.stats.RobustnessRow;
import org.policylens.analysis.stats.TrendRow;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes the across-group results: {@code groups_long.csv}, {@code tests_chisq.csv},
 * {@code tests_residuals.csv}, {@code tests_pairwise.csv}, {@code tests_jsd.csv}, {@code tests_trend.csv},
 * {@code tests_robustness.csv}, and all of them (plus the notes) in {@code tests.json}.
 */
public final class GroupTables {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private GroupTables() {
    }

    public static void write(OutputFolder out, GroupResults r, boolean excel) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("group_by", r.groupBy());
        table(out, excel, json, OutputFiles.GROUPS_LONG, "groups", OutputFiles.GROUPS_HEADER, r.groups(),
                (MeasureRow row) -> {
                    List<String> cells = new ArrayList<>(List.of(r.groupBy(), row.subject()));
                    cells.addAll(row.cells());
                    return cells;
                });
        table(out, excel, json, "tests_chisq.csv", "chisq", ChiSquareRow.header(), r.chiSquare(), ChiSquareRow::cells);
        table(out, excel, json, "tests_residuals.csv", "residuals", ResidualRow.header(), r.residuals(), ResidualRow::cells);
        table(out, excel, json, "tests_pairwise.csv", "pairwise", PairwiseRow.header(), r.pairwise(), PairwiseRow::cells);
        table(out, excel, json, "tests_jsd.csv", "jsd", JsdRow.header(), r.jsd(), JsdRow::cells);
        table(out, excel, json, "tests_trend.csv", "trend", TrendRow.header(), r.trend(), TrendRow::cells);
        table(out, excel, json, "tests_robustness.csv", "robustness", RobustnessRow.header(), r.robustness(),
                RobustnessRow::cells);
        ArrayNode notes = json.putArray("notes");
        r.notes().forEach(notes::add);
        out.writeString("tests.json", Json.pretty(mapper, json));
    }

    private static <T> void table(OutputFolder out, boolean excel, ObjectNode json, String file, String key,
                                  List<String> header, List<T> rows, Function<T, List<String>> cells) throws IOException {
        StringBuilder csv = new StringBuilder();
        if (excel) csv.append('\uFEFF');
        CsvFiles.append(csv, header);
        ArrayNode array = json.putArray(key);
        for (T row : rows) {
            List<String> c = cells.apply(row);
            CsvFiles.append(csv, c);
            ObjectNode o = array.addObject();
            for (int i = 0; i < header.size(); i++) {
                String v = c.get(i);
                if (v.isEmpty()) o.putNull(header.get(i));
                else if (NUMBER.matcher(v).matches()) o.put(header.get(i), new BigDecimal(v));
                else if (v.equals("true") || v.equals("false")) o.put(header.get(i), Boolean.parseBoolean(v));
                else o.put(header.get(i), v);
            }
        }
        out.writeString(file, csv.toString());
    }

    /** Pretty JSON with two-space indents and {@code \n} line ends on every platform. */
    static final class Json {
        private Json() {
        }

        static String pretty(ObjectMapper mapper, Object tree) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            try {
                return mapper.writer(printer).writeValueAsString(tree) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        }
    }
}
