package org.policylens.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The words on a chart, already in the chosen language: a title that says what is measured and how it was
 * normalised (see {@link Titles}), axis titles, and how values are printed.
 *
 * @param title        chart title; never blank
 * @param xTitle       category / x axis title, may be empty
 * @param yTitle       value axis title, may be empty
 * @param valuePattern {@link java.text.DecimalFormat} pattern for values: {@code "0%"} for shares in [0, 1]
 */
public record ChartText(String title, String xTitle, String yTitle, String valuePattern) {
    public static final String PERCENT = "0%";
    public static final String NUMBER = "0.##";

    public ChartText {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("title: must not be blank");
        xTitle = xTitle == null ? "" : xTitle;
        yTitle = yTitle == null ? "" : yTitle;
        valuePattern = valuePattern == null || valuePattern.isBlank() ? NUMBER : valuePattern;
        new java.text.DecimalFormat(valuePattern); // fails at once on a bad pattern
    }

    public static ChartText of(String title) {
        return new ChartText(title, "", "", NUMBER);
    }

    public ChartText axes(String x, String y) {
        return new ChartText(title, x, y, valuePattern);
    }

    public ChartText percent() {
        return new ChartText(title, xTitle, yTitle, PERCENT);
    }

    public ChartText pattern(String pattern) {
        return new ChartText(title, xTitle, yTitle, pattern);
    }

    public boolean isPercent() {
        return valuePattern.contains("%");
    }

    List<String> texts() {
        List<String> t = new ArrayList<>(List.of(title, xTitle, yTitle));
        t.removeIf(String::isEmpty);
        return t;
    }
}
