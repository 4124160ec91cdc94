package org.policylens.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** One document's (or group's) values per category, each bar in its own colour: bars with whiskers, or a donut. */
public record Distribution(ChartText text, List<Bar> bars) {
    public Distribution {
        Objects.requireNonNull(text, "text");
        bars = List.copyOf(bars);
        if (bars.isEmpty()) throw new IllegalArgumentException("bars: at least one");
        HashSet<String> seen = new HashSet<>();
        for (Bar b : bars) {
            if (!seen.add(b.label())) throw new IllegalArgumentException("bars: duplicate label '" + b.label() + "'");
        }
    }

    /** Starts a distribution bar by bar: {@code Distribution.builder(text).bar("经济", "#0072B2", .38, .33, .43).build()}. */
    public static Builder builder(ChartText text) {
        return new Builder(text);
    }

    /** Collects bars in order; {@link #build()} validates. */
    public static final class Builder {
        private final ChartText text;
        private final List<Bar> bars = new ArrayList<>();

        private Builder(ChartText text) {
            this.text = text;
        }

        public Builder bar(String label, String color, double value) {
            bars.add(Bar.of(label, color, value));
            return this;
        }

        public Builder bar(String label, String color, double value, double lower, double upper) {
            bars.add(new Bar(label, color, value, lower, upper));
            return this;
        }

        public Distribution build() {
            return new Distribution(text, bars);
        }
    }

    public List<String> labels() {
        return bars.stream().map(Bar::label).toList();
    }

    public double max() {
        double m = 0;
        for (Bar b : bars) {
            if (!Double.isNaN(b.value())) m = Math.max(m, b.value());
            if (b.hasInterval()) m = Math.max(m, b.upper());
        }
        return m;
    }

    List<String> texts() {
        List<String> t = new ArrayList<>(text.texts());
        t.addAll(labels());
        return t;
    }
}
