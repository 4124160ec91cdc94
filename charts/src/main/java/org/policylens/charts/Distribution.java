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
