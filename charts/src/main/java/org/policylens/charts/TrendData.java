package org.policylens.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** Lines over years (one series per theme), each with an optional 95% band. */
public record TrendData(ChartText text, List<Integer> years, List<Series> series) {
    public TrendData {
        Objects.requireNonNull(text, "text");
        years = List.copyOf(years);
        series = List.copyOf(series);
        if (years.isEmpty()) throw new IllegalArgumentException("years: at least one");
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i) <= years.get(i - 1)) throw new IllegalArgumentException("years: must increase, got "
                    + years);
        }
        if (series.isEmpty()) throw new IllegalArgumentException("series: at least one");
        HashSet<String> names = new HashSet<>();
        for (Series s : series) {
            if (!names.add(s.name())) throw new IllegalArgumentException("series: duplicate name '" + s.name() + "'");
            if (s.values().size() != years.size()) throw new IllegalArgumentException("series '" + s.name()
                    + "': " + s.values().size() + " values for " + years.size() + " years");
        }
    }

    List<String> texts() {
        List<String> t = new ArrayList<>(text.texts());
        series.forEach(s -> t.add(s.name()));
        years.forEach(y -> t.add(String.valueOf(y)));
        return t;
    }
}
