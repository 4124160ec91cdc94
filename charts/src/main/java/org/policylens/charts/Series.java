package org.policylens.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named series of values over the categories (or years) of a chart, in one colour, with optional intervals.
 *
 * @param name   legend label, already in the chosen language
 * @param color  {@code #RRGGBB}
 * @param values one per category; NaN = not available
 * @param lower  empty, or one lower bound per value (NaN = none)
 * @param upper  empty, or one upper bound per value (NaN = none)
 */
public record Series(String name, String color, List<Double> values, List<Double> lower, List<Double> upper) {
    public Series {
        Objects.requireNonNull(name, "name");
        Palette.parse(color);
        values = copy(values, "values");
        lower = copy(lower, "lower");
        upper = copy(upper, "upper");
        if (lower.size() != upper.size()) throw new IllegalArgumentException("series '" + name
                + "': lower has " + lower.size() + " values, upper " + upper.size());
        if (!lower.isEmpty() && lower.size() != values.size()) throw new IllegalArgumentException("series '" + name
                + "': " + values.size() + " values but " + lower.size() + " interval bounds");
    }

    public static Series of(String name, String color, List<Double> values) {
        return new Series(name, color, values, List.of(), List.of());
    }

    public boolean hasIntervals() {
        return !lower.isEmpty();
    }

    private static List<Double> copy(List<Double> list, String what) {
        List<Double> out = new ArrayList<>(list.size());
        for (Double d : list) out.add(d == null ? Double.NaN : d);
        return List.copyOf(out);
    }
}
