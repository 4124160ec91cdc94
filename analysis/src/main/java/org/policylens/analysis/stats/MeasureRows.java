package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/** Point estimates from a {@link Tally} and the tidy rows built from them (shared by documents and groups). */
final class MeasureRows {
    private MeasureRows() {
    }

    /** Value of a measure, NaN when undefined (see {@link #undefinedNote}). */
    static double value(Tally t, int theme, Measure m) {
        return switch (m) {
            case UNITS_PRIMARY -> t.primary[theme];
            case UNITS_PRIMARY_SHARE -> t.units == 0 ? Double.NaN : (double) t.primary[theme] / t.units;
            case UNITS_ANY -> t.any[theme];
            case UNITS_ANY_SHARE -> t.units == 0 ? Double.NaN : (double) t.any[theme] / t.units;
            case CHAR_SHARE -> t.chars == 0 ? Double.NaN : (double) t.anyChars[theme] / t.chars;
            case HITS -> t.hits[theme];
            case HITS_PER_10K_CHARS -> t.chars == 0 ? Double.NaN : t.hits[theme] * 10_000.0 / t.chars;
            case HITS_PER_1K_WORDS -> t.words == 0 ? Double.NaN : t.hits[theme] * 1_000.0 / t.words;
            case INTENSITY -> t.any[theme] == 0 ? Double.NaN : t.intensitySum[theme] / t.any[theme];
        };
    }

    /** Why {@link #value} is NaN, or "" when it is defined. */
    static String undefinedNote(Tally t, int theme, Measure m) {
        if (!Double.isNaN(value(t, theme, m))) return "";
        return switch (m) {
            case UNITS_PRIMARY_SHARE, UNITS_ANY_SHARE -> "no units in this part";
            case CHAR_SHARE, HITS_PER_10K_CHARS -> t.units == 0 ? "no units in this part" : "no characters in this part";
            case HITS_PER_1K_WORDS -> t.units == 0 ? "no units in this part" : "no words in this part";
            case INTENSITY -> "no unit carries this theme";
            default -> throw new IllegalStateException("count cannot be undefined: " + m);
        };
    }

    /** Rows for one scope in Measure order per theme; {@code charCi}/{@code intCi} indexed by theme. */
    static List<MeasureRow> rows(String subject, PartScope scope, Tally t, ThemeSet themes, Interval[] charCi,
                                 Interval[] intCi) {
        Measure[] measures = Measure.values();
        List<MeasureRow> out = new ArrayList<>(themes.size() * measures.length);
        for (int th = 0; th < themes.size(); th++) themeRows(out, subject, scope, t, themes, th, measures, charCi, intCi);
        return out;
    }

    /**
     * The rows of theme {@code th}, one per measure. JIT: a method of its own, so that C2 compiles it once when it
     * is called often enough, not an on-stack-replacement entry into the theme x measure loop nest of {@link #rows}
     * (which ran long enough per call to be OSR-compiled before its normal compile: two 17-19 KB compiles).
     */
    private static void themeRows(List<MeasureRow> out, String subject, PartScope scope, Tally t, ThemeSet themes,
                                  int th, Measure[] measures, Interval[] charCi, Interval[] intCi) {
        for (Measure m : measures) {
            double v = value(t, th, m);
            Interval ci = switch (m) {
                case UNITS_PRIMARY_SHARE -> Wilson.interval(t.primary[th], t.units);
                case UNITS_ANY_SHARE -> Wilson.interval(t.any[th], t.units);
                case CHAR_SHARE -> charCi[th];
                case INTENSITY -> intCi[th];
                default -> Interval.NONE;
            };
            if (Double.isNaN(v)) ci = Interval.NONE;
            out.add(new MeasureRow(subject, scope.id(), themes.get(th), m, v, ci.lower(), ci.upper(),
                    undefinedNote(t, th, m)));
        }
    }
}
