package org.policylens.analysis.corpus;

import org.policylens.analysis.ingest.Part;

import java.util.Arrays;
import java.util.List;

/**
 * Counts behind the panel for one document or a pooled group, per part ({@link PanelParts}) and theme
 * slot (the pack's themes, then {@code none}). A small mutable accumulator: {@link #addUnit} while a
 * document is read, {@link #addAll} to pool documents.
 */
public final class Tally {

    private final List<String> themes;
    private final int slots;
    final long[] units = new long[3];
    final long[] chars = new long[3];
    final long[] words = new long[3];
    final long[][] unitsPrimary;
    final long[][] unitsAny;
    final long[][] charsAny;
    final long[][] hits;
    final double[][] intensityAny;

    /** An empty tally for the given theme ids (pack order, without {@code none}). */
    public Tally(List<String> themes) {
        this.themes = List.copyOf(themes);
        this.slots = themes.size() + 1;
        unitsPrimary = new long[3][slots];
        unitsAny = new long[3][slots];
        charsAny = new long[3][slots];
        hits = new long[3][slots];
        intensityAny = new double[3][slots];
    }

    /**
     * Adds one unit.
     *
     * @param primary     index of the primary theme in {@link #themes()}, or {@code themes().size()} for none
     * @param any         whether the unit carries each theme (length {@code themes().size()})
     * @param themeHits   rule matches per theme (length {@code themes().size()})
     * @param intensity   the unit's intensifier weight
     */
    public void addUnit(Part part, int unitChars, int unitWords, int primary, boolean[] any, int[] themeHits,
                        double intensity) {
        if (primary < 0 || primary >= slots) throw new IllegalArgumentException("primary slot " + primary);
        add(0, unitChars, unitWords, primary, any, themeHits, intensity);
        int p = PanelParts.indexOf(part);
        if (p > 0) add(p, unitChars, unitWords, primary, any, themeHits, intensity);
    }

    private void add(int p, int unitChars, int unitWords, int primary, boolean[] any, int[] themeHits, double intensity) {
        units[p]++;
        chars[p] += unitChars;
        words[p] += unitWords;
        unitsPrimary[p][primary]++;
        for (int t = 0; t < themes.size(); t++) {
            if (any[t]) {
                unitsAny[p][t]++;
                charsAny[p][t] += unitChars;
                intensityAny[p][t] += intensity;
            }
            hits[p][t] += themeHits[t];
        }
    }

    /** Adds another tally's counts (same themes) to this one. */
    public void addAll(Tally other) {
        if (!other.themes.equals(themes)) throw new IllegalArgumentException("different themes: " + other.themes);
        for (int p = 0; p < 3; p++) {
            units[p] += other.units[p];
            chars[p] += other.chars[p];
            words[p] += other.words[p];
            for (int t = 0; t < slots; t++) {
                unitsPrimary[p][t] += other.unitsPrimary[p][t];
                unitsAny[p][t] += other.unitsAny[p][t];
                charsAny[p][t] += other.charsAny[p][t];
                hits[p][t] += other.hits[p][t];
                intensityAny[p][t] += other.intensityAny[p][t];
            }
        }
    }

    public List<String> themes() {
        return themes;
    }

    /** Units in part {@code p} (0 all, 1 review, 2 plan). */
    public long units(int p) {
        return units[p];
    }

    public long chars(int p) {
        return chars[p];
    }

    public long words(int p) {
        return words[p];
    }

    /** Units with primary theme slot {@code t} (the last slot is none). */
    public long unitsPrimary(int p, int t) {
        return unitsPrimary[p][t];
    }

    public long hits(int p, int t) {
        return hits[p][t];
    }

    @Override
    public String toString() {
        return "Tally" + Arrays.toString(units) + Arrays.deepToString(unitsPrimary);
    }
}
