package org.policylens.analysis.pipeline;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policylens.analysis.output.CsvFiles;
import org.policylens.analysis.output.OutputFolder;
import org.policylens.analysis.stats.GroupComparison;
import org.policylens.analysis.stats.GroupMember;
import org.policylens.analysis.stats.GroupResults;
import org.policylens.analysis.stats.StatsOptions;
import org.policylens.analysis.stats.ThemeSet;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Across-group statistics ({@code --group-by}): {@code groups_long.csv}, {@code tests_chisq.csv},
 * {@code tests_residuals.csv}, {@code tests_pairwise.csv}, {@code tests_jsd.csv}, {@code tests_trend.csv},
 * {@code tests_robustness.csv} and all of it in {@code tests.json}, computed by the stats package.
 */
public final class GroupTestsStage implements FinishingStage {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final StatsOptions options;
    private final boolean excel;

    public GroupTestsStage(StatsOptions options, boolean excel) {
        this.options = options;
        this.excel = excel;
    }

    @Override
    public void write(OutputFolder out, RunData data) throws IOException {
        int g = data.corpus().groupIndex(data.groupBy());
        int y = data.corpus().groupIndex("year");
        List<GroupMember> members = new ArrayList<>();
        for (RunData.DocumentSummary d : data.documents()) {
            OptionalInt year = y < 0 || !d.groupValues().get(y).matches("[0-9]{4}.*") ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(d.groupValues().get(y).substring(0, 4)));
            members.add(new GroupMember(d.groupValues().get(g), year, d.stats()));
        }
        GroupResults r = new GroupComparison(new ThemeSet(data.themes()), options).compare(data.groupBy(), members);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("group_by", data.groupBy());
        List<String> groupsHeader = new ArrayList<>(List.of("group_by", "group"));
        groupsHeader.addAll(org.policylens.analysis.stats.MeasureRow.header());
        table(out, json, "groups_long.csv", "groups", groupsHeader, r.groups(), row -> {
            List<String> cells = new ArrayList<>(List.of(data.groupBy(), row.subject()));
            cells.addAll(row.cells());
            return cells;
        });
        table(out, json, "tests_chisq.csv", "chisq", org.policylens.analysis.stats.ChiSquareRow.header(), r.chiSquare(), x -> x.cells());
        table(out, json, "tests_residuals.csv", "residuals", org.policylens.analysis.stats.ResidualRow.header(), r.residuals(), x -> x.cells());
        table(out, json, "tests_pairwise.csv", "pairwise", org.policylens.analysis.stats.PairwiseRow.header(), r.pairwise(), x -> x.cells());
        table(out, json, "tests_jsd.csv", "jsd", org.policylens.analysis.stats.JsdRow.header(), r.jsd(), x -> x.cells());
        table(out, json, "tests_trend.csv", "trend", org.policylens.analysis.stats.TrendRow.header(), r.trend(), x -> x.cells());
        table(out, json, "tests_robustness.csv", "robustness", org.policylens.analysis.stats.RobustnessRow.header(), r.robustness(), x -> x.cells());
        ArrayNode notes = json.putArray("notes");
        r.notes().forEach(notes::add);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        out.writeString("tests.json", mapper.writer(printer).writeValueAsString(json) + "\n");
    }

    private <T> void table(OutputFolder out, ObjectNode json, String file, String key, List<String> header, List<T> rows,
                           Function<T, List<String>> cells) throws IOException {
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
                else o.put(header.get(i), v);
            }
        }
        out.writeString(file, csv.toString());
    }
}
