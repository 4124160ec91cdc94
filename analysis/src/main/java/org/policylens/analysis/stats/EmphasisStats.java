package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per-document emphasis measures. Immutable and thread-safe: one instance can serve many threads, and the
 * result for a document depends only on its id, its units and the options (never on scheduling).
 *
 * <pre>{@code
 * var stats = new EmphasisStats(ThemeSet.of("economy", "innovation", "ecology", "livelihood"), StatsOptions.DEFAULT);
 * DocumentStats d = stats.document("shenzhen-2024", observations);
 * d.rows();      // part × theme × measure with intervals
 * d.summary();   // keep for GroupComparison
 * }</pre>
 */
public final class EmphasisStats {
    private final ThemeSet themes;
    private final StatsOptions options;

    public EmphasisStats(ThemeSet themes, StatsOptions options) {
        this.themes = Objects.requireNonNull(themes, "themes");
        this.options = Objects.requireNonNull(options, "options");
    }

    public ThemeSet themes() {
        return themes;
    }

    public StatsOptions options() {
        return options;
    }

    /**
     * Measures of one document. An empty unit list is allowed: counts are 0 and shares are undefined (NaN
     * with a note).
     */
    public DocumentStats document(String documentId, List<UnitObservation> units) {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(units, "units");
        int k = themes.size();
        int n = units.size();
        Tally[] tallies = new Tally[PartScope.values().length];
        for (int i = 0; i < tallies.length; i++) tallies[i] = new Tally(k);
        int[] stratum = new int[n];
        int[] chars = new int[n];
        int[] themeStart = new int[n + 1];
        int[] themeIndex = new int[units.stream().mapToInt(u -> u.themes().size()).sum()];
        double[] intensity = new double[n];
        tally(documentId, units, tallies, stratum, chars, themeStart, themeIndex, intensity);
        int replicates = 0;
        ScopeIntervals ci;
        if (options.interval() == IntervalMethod.BOOTSTRAP) {
            replicates = options.replicatesFor(n);
            long seed = options.seed() ^ SplitMix64.fnv1a64(documentId);
            ci = new UnitBootstrap(k, stratum, chars, themeStart, themeIndex, intensity).run(replicates, seed);
        } else {
            ci = new UnitLinearization(k, stratum, chars, themeStart, themeIndex, intensity).run();
        }
        double[][] charCi = new double[tallies.length][];
        double[][] intCi = new double[tallies.length][];
        List<MeasureRow> rows = new ArrayList<>();
        for (PartScope scope : PartScope.values()) {
            int sc = scope.ordinal();
            rows.addAll(MeasureRows.rows(documentId, scope, tallies[sc], themes, ci.charShare()[sc],
                    ci.intensity()[sc]));
            charCi[sc] = flatten(ci.charShare()[sc]);
            intCi[sc] = flatten(ci.intensity()[sc]);
        }
        var summary = new DocumentSummary(documentId, themes, tallies, charCi, intCi, options.interval(), replicates);
        return new DocumentStats(documentId, rows, summary);
    }

    /**
     * Fills the parts' tallies and the unit arrays the intervals read. A method of its own so that the JIT compiles
     * (and, when a branch profile changes, recompiles) this loop alone, not the whole of {@link #document}.
     */
    private void tally(String documentId, List<UnitObservation> units, Tally[] tallies, int[] stratum, int[] chars,
                       int[] themeStart, int[] themeIndex, double[] intensity) {
        int n = units.size();
        int k = themes.size();
        int[] idx = new int[k];
        for (int u = 0; u < n; u++) {
            UnitObservation o = units.get(u);
            int count = themeIndices(documentId, u, o, idx);
            System.arraycopy(idx, 0, themeIndex, themeStart[u], count);
            themeStart[u + 1] = themeStart[u] + count;
            int h = switch (o.part()) {
                case UnitObservation.REVIEW -> 0;
                case UnitObservation.PLAN -> 1;
                default -> 2;
            };
            stratum[u] = h;
            chars[u] = o.chars();
            intensity[u] = o.intensity();
            int primary = o.primary().equals(ThemeSet.NONE) ? k : themes.indexOf(o.primary());
            add(tallies[PartScope.ALL.ordinal()], o, primary, idx, count);
            if (h == 0) add(tallies[PartScope.REVIEW.ordinal()], o, primary, idx, count);
            else if (h == 1) add(tallies[PartScope.PLAN.ordinal()], o, primary, idx, count);
            if (!o.hits().isEmpty()) {
                for (var hit : o.hits().entrySet()) {
                    int t = themeIndex(documentId, u, hit.getKey());
                    tallies[PartScope.ALL.ordinal()].hits[t] += hit.getValue();
                    if (h < 2) tallies[h == 0 ? PartScope.REVIEW.ordinal() : PartScope.PLAN.ordinal()].hits[t] += hit.getValue();
                }
            }
        }
    }

    /** Adds one unit (its primary index and sorted theme indices {@code idx[0..count)}) to a part's tally. */
    private static void add(Tally t, UnitObservation o, int primary, int[] idx, int count) {
        t.units++;
        t.chars += o.chars();
        t.words += o.words();
        t.primary[primary]++;
        for (int j = 0; j < count; j++) {
            t.any[idx[j]]++;
            t.anyChars[idx[j]] += o.chars();
            t.intensitySum[idx[j]] += o.intensity();
        }
    }

    /** Theme indices of the unit, sorted, into {@code out}; returns how many. */
    private int themeIndices(String documentId, int unit, UnitObservation o, int[] out) {
        int count = 0;
        for (String id : o.themes()) out[count++] = themeIndex(documentId, unit, id);
        java.util.Arrays.sort(out, 0, count);
        return count;
    }

    private int themeIndex(String documentId, int unit, String id) {
        int i = themes.indexOf(id);
        if (i < 0)
            throw new IllegalArgumentException(documentId + ": unit " + unit + ": theme " + id
                    + " is not in the theme set " + themes.ids());
        return i;
    }

    private static double[] flatten(Interval[] cis) {
        double[] out = new double[2 * cis.length];
        for (int i = 0; i < cis.length; i++) {
            out[2 * i] = cis[i].lower();
            out[2 * i + 1] = cis[i].upper();
        }
        return out;
    }
}
