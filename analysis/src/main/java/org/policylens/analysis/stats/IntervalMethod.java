package org.policylens.analysis.stats;

import java.util.Locale;

/**
 * How the 95% intervals of the ratio measures ({@code char_share}, {@code intensity}) are computed, for
 * documents and for pooled groups. Unit shares always get Wilson intervals; counts and rates get none.
 */
public enum IntervalMethod {
    /**
     * Linearised (Taylor, delta-method) variance of the ratio of sums, stratified by part for a document and
     * with documents as clusters for a group; normal 95% interval clipped to the measure's range. The default:
     * one pass over the units, no random numbers.
     */
    ANALYTIC("linearised (delta-method) 95% interval"),
    /** Percentile bootstrap: B resamples of the units (stratified by part) or of a group's documents. */
    BOOTSTRAP("percentile bootstrap 95% interval");

    private final String description;

    IntervalMethod(String description) {
        this.description = description;
    }

    /** Name on the command line and in run.json: {@code analytic} or {@code bootstrap}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One line for output metadata. */
    public String description() {
        return description;
    }

    /** The method named {@code id} ({@code analytic} or {@code bootstrap}, any case). */
    public static IntervalMethod of(String id) {
        for (IntervalMethod m : values()) if (m.id().equalsIgnoreCase(id.trim())) return m;
        throw new IllegalArgumentException("interval method must be analytic or bootstrap: " + id);
    }
}
