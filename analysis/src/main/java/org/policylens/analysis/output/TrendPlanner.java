package org.policylens.analysis.output;

import org.policylens.charts.ChartText;
import org.policylens.charts.Charts;
import org.policylens.charts.Lang;
import org.policylens.charts.Series;
import org.policylens.charts.Titles;
import org.policylens.charts.TrendData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trend charts over years: the pooled trend when the output has a {@code year} grouping, and one trend per entity
 * (the first group variable other than year, e.g. city) that has documents for two or more years. Themes only
 * ({@code none} is left out); bands are the rows' 95% intervals.
 */
final class TrendPlanner {
    private static final String YEAR = "year";
    private static final String ALL = "all";

    private final OutputTables tables;
    private final ThemeTable themes;
    private final Lang lang;
    private final String measure;
    private final MeasureText text;
    private final Map<String, Map<String, Map<String, Map<String, MeasureRow>>>> groups;

    TrendPlanner(OutputTables tables, ThemeTable themes, Lang lang, String measure,
                 Map<String, Map<String, Map<String, Map<String, MeasureRow>>>> groups) {
        this.tables = tables;
        this.themes = themes;
        this.lang = lang;
        this.measure = measure;
        this.text = MeasureText.of(measure, tables.ratioInterval());
        this.groups = groups;
    }

    List<PlannedChart> plan() {
        List<PlannedChart> out = new ArrayList<>();
        TrendData pooled = pooledByYear();
        if (pooled != null) {
            out.add(new PlannedChart("year_trend", PlannedChart.Kind.TREND, pooled, () -> Charts.trend(pooled)));
        }
        String entityVar = entityVar();
        if (entityVar != null) {
            for (var e : entityTrends(entityVar).entrySet()) {
                TrendData t = e.getValue();
                out.add(new PlannedChart("trend_" + FileNames.safe(entityVar) + "_" + FileNames.safe(e.getKey()),
                        PlannedChart.Kind.TREND, t, () -> Charts.trend(t)));
            }
        }
        return out;
    }

    /** The pooled trend from groups_long's year grouping, or null with fewer than two years. */
    TrendData pooledByYear() {
        Map<String, Map<String, Map<String, MeasureRow>>> byYear = groups.get(YEAR);
        if (byYear == null) return null;
        TreeMap<Integer, Map<String, MeasureRow>> years = new TreeMap<>();
        byYear.forEach((g, parts) -> {
            Integer y = year(g);
            if (y != null && parts.containsKey(ALL)) years.put(y, parts.get(ALL));
        });
        return trend(years, lang.pick("各年份汇总", "pooled by year"));
    }

    /** One trend per entity with two or more years, from panel_long. */
    Map<String, TrendData> entityTrends(String entityVar) {
        Map<String, TreeMap<Integer, Map<String, MeasureRow>>> perEntity = new LinkedHashMap<>();
        for (MeasureRow r : tables.panel()) {
            if (!r.measure().equals(measure) || !r.part().equals(ALL)) continue;
            Integer y = year(r.vars().get(YEAR));
            if (y == null) continue;
            perEntity.computeIfAbsent(r.vars().get(entityVar), k -> new TreeMap<>())
                    .computeIfAbsent(y, k -> new LinkedHashMap<>()).put(r.theme(), r);
        }
        Map<String, TrendData> out = new LinkedHashMap<>();
        perEntity.forEach((entity, years) -> {
            TrendData t = trend(years, entity);
            if (t != null) out.put(entity, t);
        });
        return out;
    }

    private String entityVar() {
        if (!tables.groupVars().contains(YEAR)) return null;
        return tables.groupVars().stream().filter(v -> !v.equals(YEAR)).findFirst().orElse(null);
    }

    private TrendData trend(TreeMap<Integer, Map<String, MeasureRow>> years, String subject) {
        if (years.size() < 2) return null;
        Set<String> ids = new LinkedHashSet<>();
        years.values().forEach(m -> ids.addAll(m.keySet()));
        ids.remove(ThemeTable.NONE);
        List<Series> series = new ArrayList<>();
        for (String id : themes.order(ids)) {
            List<Double> v = new ArrayList<>();
            List<Double> lo = new ArrayList<>();
            List<Double> hi = new ArrayList<>();
            boolean anyInterval = false;
            for (Map<String, MeasureRow> row : years.values()) {
                MeasureRow r = row.get(id);
                v.add(r == null ? Double.NaN : r.value());
                lo.add(r == null ? Double.NaN : r.lower());
                hi.add(r == null ? Double.NaN : r.upper());
                anyInterval |= r != null && r.hasInterval();
            }
            ThemeStyle s = themes.style(id);
            series.add(anyInterval ? new Series(s.label(lang), s.color(), v, lo, hi) : Series.of(s.label(lang), s.color(), v));
        }
        if (series.isEmpty()) return null;
        String note = text.hasInterval() ? Titles.bandNote(lang, text.intervalMethod()) : "";
        ChartText t = ChartText.of(Titles.title(lang, subject, text.name(lang), note))
                .axes(lang.pick("年份", "year"), text.name(lang));
        return new TrendData(text.share() ? t.percent() : t, new ArrayList<>(years.keySet()), series);
    }

    private static Integer year(String s) {
        if (s == null || !s.strip().matches("[0-9]{4}")) return null;
        return Integer.parseInt(s.strip());
    }
}
