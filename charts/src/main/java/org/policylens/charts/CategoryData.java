package org.policylens.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Categories (groups such as cities, or parts) and series over them (usually themes, in theme colours): grouped
 * bars, 100% stacked bars, radar profiles.
 */
public record CategoryData(ChartText text, List<String> categories, List<Series> series) {
    public CategoryData {
        Objects.requireNonNull(text, "text");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (categories.isEmpty()) throw new IllegalArgumentException("categories: at least one");
        if (series.isEmpty()) throw new IllegalArgumentException("series: at least one");
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new IllegalArgumentException("categories: duplicates in " + categories);
        }
        HashSet<String> names = new HashSet<>();
        for (Series s : series) {
            if (!names.add(s.name())) throw new IllegalArgumentException("series: duplicate name '" + s.name() + "'");
            if (s.values().size() != categories.size()) throw new IllegalArgumentException("series '" + s.name()
                    + "': " + s.values().size() + " values for " + categories.size() + " categories");
        }
    }

    /** Starts category data series by series: {@code CategoryData.builder(text, cities).series("经济", "#0072B2", values)}. */
    public static Builder builder(ChartText text, List<String> categories) {
        return new Builder(text, categories);
    }

    /** Collects series in order; {@link #build()} validates. */
    public static final class Builder {
        private final ChartText text;
        private final List<String> categories;
        private final List<Series> series = new ArrayList<>();

        private Builder(ChartText text, List<String> categories) {
            this.text = text;
            this.categories = List.copyOf(categories);
        }

        public Builder series(String name, String color, List<Double> values) {
            series.add(Series.of(name, color, values));
            return this;
        }

        public Builder series(Series s) {
            series.add(s);
            return this;
        }

        public CategoryData build() {
            return new CategoryData(text, categories, series);
        }
    }

    List<String> texts() {
        List<String> t = new ArrayList<>(text.texts());
        t.addAll(categories);
        series.forEach(s -> t.add(s.name()));
        return t;
    }
}
