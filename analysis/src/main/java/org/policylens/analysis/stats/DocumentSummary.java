package org.policylens.analysis.stats;

import java.util.Objects;

/**
 * The additive summary of one document: counts per part and theme, plus the document's own intervals of
 * char_share and intensity. Small (a few hundred numbers), so a corpus run can keep one per document and pool them into
 * groups with {@link GroupComparison} without holding any text. Immutable.
 */
public final class DocumentSummary {
    private final String document;
    private final ThemeSet themes;
    private final Tally[] tallies;          // by PartScope ordinal
    private final double[][] charShareCi;   // [scope][2*theme + 0|1]
    private final double[][] intensityCi;
    private final IntervalMethod intervalMethod;
    private final int bootstrapReplicates;

    DocumentSummary(String document, ThemeSet themes, Tally[] tallies, double[][] charShareCi,
                    double[][] intensityCi, IntervalMethod intervalMethod, int bootstrapReplicates) {
        this.document = Objects.requireNonNull(document, "document");
        this.themes = Objects.requireNonNull(themes, "themes");
        this.tallies = tallies.clone();
        this.charShareCi = deepCopy(charShareCi);
        this.intensityCi = deepCopy(intensityCi);
        this.intervalMethod = Objects.requireNonNull(intervalMethod, "intervalMethod");
        this.bootstrapReplicates = bootstrapReplicates;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }

    public String document() {
        return document;
    }

    public ThemeSet themes() {
        return themes;
    }

    /** Units in the part. */
    public int units(PartScope part) {
        return tallies[part.ordinal()].units;
    }

    /** Characters in the part (sum of {@link UnitObservation#chars()}). */
    public long chars(PartScope part) {
        return tallies[part.ordinal()].chars;
    }

    /** Words in the part (sum of {@link UnitObservation#words()}). */
    public long words(PartScope part) {
        return tallies[part.ordinal()].words;
    }

    /** Units whose primary theme is none, in the part. */
    public long unitsWithoutTheme(PartScope part) {
        return tallies[part.ordinal()].none();
    }

    /** How this document's char_share and intensity intervals were computed. */
    public IntervalMethod intervalMethod() {
        return intervalMethod;
    }

    /** The bootstrap B used for this document; 0 when the interval is {@link IntervalMethod#ANALYTIC}. */
    public int bootstrapReplicates() {
        return bootstrapReplicates;
    }

    Tally tally(PartScope part) {
        return tallies[part.ordinal()];
    }

    double charShareLower(PartScope part, int theme) {
        return charShareCi[part.ordinal()][2 * theme];
    }

    double charShareUpper(PartScope part, int theme) {
        return charShareCi[part.ordinal()][2 * theme + 1];
    }

    double intensityLower(PartScope part, int theme) {
        return intensityCi[part.ordinal()][2 * theme];
    }

    double intensityUpper(PartScope part, int theme) {
        return intensityCi[part.ordinal()][2 * theme + 1];
    }
}
