package org.policylens.analysis.stats;

import java.util.Arrays;

/**
 * Additive counts of one part of one document (or of a pooled group): everything the point estimates
 * need. Package-private; arrays are never handed out.
 */
final class Tally {
    final int themes;
    int units;
    long chars;
    long words;
    /** primary counts per theme, index {@code themes} = none. */
    final long[] primary;
    final long[] any;
    final long[] anyChars;
    final long[] hits;
    final double[] intensitySum;

    Tally(int themes) {
        this.themes = themes;
        primary = new long[themes + 1];
        any = new long[themes];
        anyChars = new long[themes];
        hits = new long[themes];
        intensitySum = new double[themes];
    }

    void add(Tally o) {
        units += o.units;
        chars += o.chars;
        words += o.words;
        for (int i = 0; i <= themes; i++) primary[i] += o.primary[i];
        for (int i = 0; i < themes; i++) {
            any[i] += o.any[i];
            anyChars[i] += o.anyChars[i];
            hits[i] += o.hits[i];
            intensitySum[i] += o.intensitySum[i];
        }
    }

    long none() {
        return primary[themes];
    }

    Tally copy() {
        Tally t = new Tally(themes);
        t.add(this);
        return t;
    }

    @Override
    public String toString() {
        return "Tally[units=" + units + ", chars=" + chars + ", words=" + words + ", primary="
                + Arrays.toString(primary) + ", any=" + Arrays.toString(any) + "]";
    }
}
