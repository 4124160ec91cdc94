package org.policylens.analysis.output;

import org.policylens.charts.Bar;
import org.policylens.charts.CategoryData;
import org.policylens.charts.ChartText;
import org.policylens.charts.Charts;
import org.policylens.charts.Distribution;
import org.policylens.charts.HeatmapData;
import org.policylens.charts.Lang;
import org.policylens.charts.Palette;
import org.policylens.charts.Series;
import org.policylens.charts.Titles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the tables of an output folder into the standard charts (plain chart data with titles that say what is
 * measured and how): per document a distribution with 95% whiskers, a donut and review vs plan; per grouping grouped
 * bars, 100% stacked bars, share and residual heatmaps, radar profiles, small multiples and trends over years.
 */
public final class StandardCharts {
    /** Radar profiles with more groups than this are unreadable and are left out. */
    static final int RADAR_MAX_GROUPS = 8;
    private static final String ALL = "all";

    private final OutputTables tables;
    private final ThemeTable themes;
    private final Lang lang;
    private final String measure;
    private final MeasureText text;
    private final Map<String, Map<String, Map<String, MeasureRow>>> panel; // document -> part -> theme
    private final Map<String, Map<String, Map<String, Map<String, MeasureRow>>>> groups; // group_by -> group -> part -> theme

    public StandardCharts(OutputTables tables, ThemeTable themes, Lang lang, String measure) {
        this.tables = tables;
        this.themes = themes;
        this.lang = lang;
        this.measure = measure;
        this.text = MeasureText.of(measure, tables.ratioInterval());
        this.panel = new LinkedHashMap<>();
        for (MeasureRow r : tables.panel()) {
            if (!r.measure().equals(measure)) continue;
            panel.computeIfAbsent(r.key(), k -> new LinkedHashMap<>()).computeIfAbsent(r.part(),
                    k -> new LinkedHashMap<>()).put(r.theme(), r);
        }
        this.groups = new LinkedHashMap<>();
        for (MeasureRow r : tables.groups()) {
            if (!r.measure().equals(measure)) continue;
            String by = r.vars().keySet().iterator().next();
            groups.computeIfAbsent(by, k -> new LinkedHashMap<>()).computeIfAbsent(r.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.part(), k -> new LinkedHashMap<>()).put(r.theme(), r);
        }
    }

    /** Every standard chart the tables support, in a stable order. */
    public List<PlannedChart> plan() {
        List<PlannedChart> out = new ArrayList<>();
        boolean whole = isPartOfWhole();
        for (String doc : panel.keySet()) {
            Distribution d = documentDistribution(doc);
            out.add(new PlannedChart("doc_" + FileNames.safe(doc) + "_distribution", PlannedChart.Kind.DISTRIBUTION, d,
                    () -> Charts.distribution(d)));
            if (whole) {
                Distribution donut = documentComposition(doc);
                out.add(new PlannedChart("doc_" + FileNames.safe(doc) + "_donut", PlannedChart.Kind.DONUT, donut,
                        () -> Charts.donut(donut)));
            }
            CategoryData rp = reviewPlan(doc);
            if (rp != null) {
                out.add(new PlannedChart("doc_" + FileNames.safe(doc) + "_review_plan", PlannedChart.Kind.REVIEW_PLAN,
                        rp, () -> Charts.groupedBars(rp)));
            }
        }
        for (String by : groups.keySet()) {
            String p = FileNames.safe(by);
            CategoryData g = grouped(by);
            out.add(new PlannedChart(p + "_grouped", PlannedChart.Kind.GROUPED, g, () -> Charts.groupedBars(g)));
            if (whole) {
                CategoryData st = new CategoryData(chartText(Titles.title(lang, byLabel(by), text.name(lang),
                        lang.pick("每组合计 100%", "each group sums to 100%")), MeasureText.groupVar(by, lang)),
                        g.categories(), g.series());
                out.add(new PlannedChart(p + "_stacked100", PlannedChart.Kind.STACKED100, st,
                        () -> Charts.stacked100(st)));
            }
            HeatmapData hs = heatmapShares(by);
            out.add(new PlannedChart(p + "_heatmap_shares", PlannedChart.Kind.HEATMAP_SHARES, hs,
                    () -> Charts.heatmap(hs)));
            HeatmapData hr = heatmapResiduals(by);
            if (hr != null) {
                out.add(new PlannedChart(p + "_heatmap_residuals", PlannedChart.Kind.HEATMAP_RESIDUALS, hr,
                        () -> Charts.heatmap(hr)));
            }
            if (g.categories().size() <= RADAR_MAX_GROUPS && themeIds(groupRows(by)).size() >= 3) {
                CategoryData r = radar(by);
                out.add(new PlannedChart(p + "_radar", PlannedChart.Kind.RADAR, r, () -> Charts.radar(r)));
            }
            if (g.categories().size() >= 2) {
                List<Distribution> panels = smallMultiples(by);
                String title = Titles.title(lang, lang.pick("各" + MeasureText.groupVar(by, lang), "by " + by),
                        text.name(lang), intervalNote());
                out.add(new PlannedChart(p + "_small_multiples", PlannedChart.Kind.SMALL_MULTIPLES, panels,
                        () -> Charts.smallMultiples(title, panels, Math.min(4, panels.size()), true)));
            }
        }
        out.addAll(new TrendPlanner(tables, themes, lang, measure, groups).plan());
        return out;
    }

    boolean isPartOfWhole() {
        return measure.equals("units_primary_share") || measure.equals("char_share") || measure.equals("units_primary");
    }

    /** One document, part all: a bar per theme (and none when present) with its interval. */
    public Distribution documentDistribution(String doc) {
        Map<String, MeasureRow> rows = panel.get(doc).getOrDefault(ALL, Map.of());
        List<Bar> bars = new ArrayList<>();
        for (String id : themes.order(rows.keySet())) bars.add(bar(id, rows.get(id)));
        return new Distribution(chartText(Titles.title(lang, doc, text.name(lang), intervalNote()),
                lang.pick("主题", "theme")), bars);
    }

    /** One document's composition (no intervals; only non-negative parts of a whole). */
    public Distribution documentComposition(String doc) {
        Map<String, MeasureRow> rows = panel.get(doc).getOrDefault(ALL, Map.of());
        List<Bar> bars = new ArrayList<>();
        for (String id : themes.order(rows.keySet())) {
            ThemeStyle s = themes.style(id);
            bars.add(Bar.of(s.label(lang), s.color(), rows.get(id).value()));
        }
        return new Distribution(chartText(Titles.title(lang, doc, lang.pick("构成：", "composition: ")
                + text.name(lang), ""), ""), bars);
    }

    /** Review vs plan of one document, or null when the document has neither part. */
    public CategoryData reviewPlan(String doc) {
        Map<String, Map<String, MeasureRow>> parts = panel.get(doc);
        List<String> present = new ArrayList<>();
        for (String part : List.of("review", "plan")) if (parts.containsKey(part)) present.add(part);
        if (present.isEmpty()) return null;
        Set<String> ids = new LinkedHashSet<>();
        present.forEach(p -> ids.addAll(parts.get(p).keySet()));
        List<Series> series = new ArrayList<>();
        for (String id : themes.order(ids)) {
            List<Double> v = new ArrayList<>();
            for (String part : present) v.add(value(parts.get(part).get(id)));
            ThemeStyle s = themes.style(id);
            series.add(Series.of(s.label(lang), s.color(), v));
        }
        List<String> cats = present.stream().map(p -> MeasureText.part(p, lang)).toList();
        String subject = doc + lang.pick("：回顾与计划", ": review vs plan");
        return new CategoryData(chartText(Titles.title(lang, subject, text.name(lang), ""), ""), cats, series);
    }

    /** Groups on the x axis, a bar per theme, part all. */
    public CategoryData grouped(String by) {
        Map<String, Map<String, MeasureRow>> rows = groupRows(by);
        List<String> cats = new ArrayList<>(rows.keySet());
        List<Series> series = new ArrayList<>();
        for (String id : themeIds(rows)) {
            List<Double> v = new ArrayList<>();
            for (String g : cats) v.add(value(rows.get(g).get(id)));
            ThemeStyle s = themes.style(id);
            series.add(Series.of(s.label(lang), s.color(), v));
        }
        return new CategoryData(chartText(Titles.title(lang, byLabel(by), text.name(lang), lang.pick(
                "按" + MeasureText.groupVar(by, lang) + "汇总", "pooled by " + by)), MeasureText.groupVar(by, lang)),
                cats, series);
    }

    public HeatmapData heatmapShares(String by) {
        Map<String, Map<String, MeasureRow>> rows = groupRows(by);
        List<String> ids = themeIds(rows);
        List<List<Double>> values = new ArrayList<>();
        for (String g : rows.keySet()) {
            List<Double> row = new ArrayList<>();
            for (String id : ids) row.add(value(rows.get(g).get(id)));
            values.add(row);
        }
        ChartText t = chartText(Titles.title(lang, MeasureText.groupVar(by, lang) + " × " + lang.pick("主题", "theme"), text.name(lang),
                ""), lang.pick("主题", "theme")).axes(lang.pick("主题", "theme"), MeasureText.groupVar(by, lang));
        return new HeatmapData(text.share() ? t.percent() : t.pattern("0.##"), new ArrayList<>(rows.keySet()),
                labels(ids), values, false, text.name(lang));
    }

    /** Chi-square residuals of group × theme (part all), or null when tests_residuals.csv has none for this grouping. */
    public HeatmapData heatmapResiduals(String by) {
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (ResidualRow r : tables.residuals()) {
            if (!r.groupBy().equals(by) || !r.part().equals(ALL)) continue;
            cells.computeIfAbsent(r.group(), k -> new LinkedHashMap<>()).put(r.theme(), r.residual());
            ids.add(r.theme());
        }
        if (cells.isEmpty()) return null;
        List<String> order = themes.order(ids);
        List<List<Double>> values = new ArrayList<>();
        for (Map<String, Double> row : cells.values()) {
            List<Double> v = new ArrayList<>();
            for (String id : order) v.add(row.getOrDefault(id, Double.NaN));
            values.add(v);
        }
        String title = Titles.title(lang, MeasureText.groupVar(by, lang) + " × " + lang.pick("主题", "theme"),
                lang.pick("卡方标准化残差", "chi-square standardised residuals"),
                lang.pick("按主要主题的句子数；正 = 多于期望", "units by primary theme; + = more than expected"));
        ChartText t = ChartText.of(title).axes(lang.pick("主题", "theme"), MeasureText.groupVar(by, lang)).pattern("0.0");
        return new HeatmapData(t, new ArrayList<>(cells.keySet()), labels(order), values, true,
                lang.pick("标准化残差 |r| > 2 ≈ p < 0.05", "std. residual |r| > 2 ≈ p < 0.05"));
    }

    /** Spokes = themes (without none), a polygon per group in the group palette. */
    public CategoryData radar(String by) {
        Map<String, Map<String, MeasureRow>> rows = groupRows(by);
        List<String> ids = themeIds(rows).stream().filter(id -> !id.equals(ThemeTable.NONE)).toList();
        List<Series> series = new ArrayList<>();
        int i = 0;
        for (String g : rows.keySet()) {
            List<Double> v = new ArrayList<>();
            for (String id : ids) v.add(value(rows.get(g).get(id)));
            series.add(Series.of(g, Palette.group(i++), v));
        }
        return new CategoryData(chartText(Titles.title(lang, byLabel(by), lang.pick("主题轮廓：", "theme profile: ")
                + text.name(lang), ""), ""), labels(ids), series);
    }

    /** One distribution panel per group, with intervals. */
    public List<Distribution> smallMultiples(String by) {
        Map<String, Map<String, MeasureRow>> rows = groupRows(by);
        List<Distribution> panels = new ArrayList<>();
        for (String g : rows.keySet()) {
            List<Bar> bars = new ArrayList<>();
            for (String id : themes.order(rows.get(g).keySet())) bars.add(bar(id, rows.get(g).get(id)));
            ChartText t = ChartText.of(g);
            panels.add(new Distribution(text.share() ? t.percent() : t, bars));
        }
        return panels;
    }

    public Map<String, Map<String, MeasureRow>> groupRows(String by) {
        Map<String, Map<String, MeasureRow>> out = new LinkedHashMap<>();
        groups.getOrDefault(by, Map.of()).forEach((g, parts) -> {
            if (parts.containsKey(ALL)) out.put(g, parts.get(ALL));
        });
        return out;
    }

    private List<String> themeIds(Map<String, Map<String, MeasureRow>> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.values().forEach(m -> ids.addAll(m.keySet()));
        return themes.order(ids);
    }

    private List<String> labels(List<String> ids) {
        return ids.stream().map(id -> themes.style(id).label(lang)).toList();
    }

    private Bar bar(String id, MeasureRow r) {
        ThemeStyle s = themes.style(id);
        if (r == null) return Bar.of(s.label(lang), s.color(), Double.NaN);
        return r.hasInterval() ? new Bar(s.label(lang), s.color(), r.value(), r.lower(), r.upper())
                : Bar.of(s.label(lang), s.color(), r.value());
    }

    private static double value(MeasureRow r) {
        return r == null ? Double.NaN : r.value();
    }

    private String byLabel(String by) {
        return lang.pick("各" + MeasureText.groupVar(by, lang), "by " + MeasureText.groupVar(by, lang));
    }

    String intervalNote() {
        return text.hasInterval() ? Titles.intervalNote(lang, text.intervalMethod()) : "";
    }

    private ChartText chartText(String title, String xTitle) {
        ChartText t = ChartText.of(title).axes(xTitle, text.name(lang));
        return text.share() ? t.percent() : t;
    }
}
