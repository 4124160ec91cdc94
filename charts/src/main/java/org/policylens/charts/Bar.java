package org.policylens.charts;

import java.util.Objects;

/**
 * One bar (or donut slice): a category with its colour, value and optional 95% interval.
 *
 * @param label category label, already in the chosen language
 * @param color {@code #RRGGBB}
 * @param value the value; NaN = not available (no bar)
 * @param lower lower interval bound, NaN = no interval
 * @param upper upper interval bound, NaN = no interval
 */
public record Bar(String label, String color, double value, double lower, double upper) {
    public Bar {
        Objects.requireNonNull(label, "label");
        Palette.parse(color);
        if (Double.isNaN(lower) != Double.isNaN(upper)) {
            throw new IllegalArgumentException("bar '" + label + "': give both interval bounds or neither");
        }
        if (!Double.isNaN(lower) && lower > upper) {
            throw new IllegalArgumentException("bar '" + label + "': lower " + lower + " > upper " + upper);
        }
    }

    public static Bar of(String label, String color, double value) {
        return new Bar(label, color, value, Double.NaN, Double.NaN);
    }

    public boolean hasInterval() {
        return !Double.isNaN(lower);
    }
}
