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
        UnitTable table = new UnitTable(documentId, themes, units.size());
        for (UnitObservation o : units) {
            table.add(o.part(), o.chars(), o.words(), o.themes(), o.primary(), o.intensity());
            for (var hit : o.hits().entrySet()) table.hits(hit.getKey(), hit.getValue());
        }
        return document(table);
    }

    /** Measures of the document whose units {@code table} holds (its theme set must be this instance's). */
    public DocumentStats document(UnitTable table) {
        Objects.requireNonNull(table, "table");
        if (!table.themes().equals(themes))
            throw new IllegalArgumentException("table themes " + table.themes().ids() + " are not " + themes.ids());
        String documentId = table.documentId();
        int k = themes.size();
        int n = table.size();
        int[] stratum = table.stratum();
        int[] chars = table.chars();
        int[] themeStart = table.themeStart();
        int[] themeIndex = table.themeIndex();
        double[] intensity = table.intensity();
        Tally[] tallies = new Tally[PartScope.values().length];
        for (int i = 0; i < tallies.length; i++) tallies[i] = new Tally(k);
        tally(table, tallies, stratum, chars, themeStart, themeIndex, intensity);
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
     * Fills the parts' tallies from the unit columns. A method of its own so that the JIT compiles (and, when a
     * branch profile changes, recompiles) this loop alone, not the whole of {@link #document}.
     */
    private void tally(UnitTable table, Tally[] tallies, int[] stratum, int[] chars, int[] themeStart,
                       int[] themeIndex, double[] intensity) {
        int n = stratum.length;
        int k = themes.size();
        Tally all = tallies[PartScope.ALL.ordinal()];
        for (int u = 0; u < n; u++) {
            int h = stratum[u];
            Tally part = h == 0 ? tallies[PartScope.REVIEW.ordinal()] : h == 1 ? tallies[PartScope.PLAN.ordinal()] : null;
            int primary = table.primary(u);
            int words = table.words(u);
            add(all, primary, chars[u], words, intensity[u], themeIndex, themeStart[u], themeStart[u + 1]);
            if (part != null) add(part, primary, chars[u], words, intensity[u], themeIndex, themeStart[u], themeStart[u + 1]);
            for (int t = 0; t < k; t++) {
                int hits = table.hits(u, t);
                if (hits == 0) continue;
                all.hits[t] += hits;
                if (part != null) part.hits[t] += hits;
            }
        }
    }

    /** Adds one unit (its primary index and sorted theme indices {@code themeIndex[from..to)}) to a part's tally. */
    private static void add(Tally t, int primary, int chars, int words, double intensity, int[] themeIndex,
                            int from, int to) {
        t.units++;
        t.chars += chars;
        t.words += words;
        t.primary[primary]++;
        for (int j = from; j < to; j++) {
            int i = themeIndex[j];
            t.any[i]++;
            t.anyChars[i] += chars;
            t.intensitySum[i] += intensity;
        }
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
