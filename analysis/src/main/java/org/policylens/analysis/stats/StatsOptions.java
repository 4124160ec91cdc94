package org.policylens.analysis.stats;

import java.util.Objects;

/**
 * Settings of the statistics. Immutable; start from {@link #DEFAULT} and change one thing with the
 * {@code with...} methods.
 *
 * @param interval              how char_share and intensity get their 95% intervals (default
 *                              {@link IntervalMethod#ANALYTIC}); the bootstrap settings below apply only to
 *                              {@link IntervalMethod#BOOTSTRAP}
 * @param bootstrapReplicates   B, bootstrap resamples per document and per group (>= 100; default 1000)
 * @param seed                  base seed; each document's generator is seeded with
 *                              {@code seed ^ fnv1a64(documentId)} so results repeat exactly
 * @param maxBootstrapDraws     cost cap per document: when {@code B * units} exceeds it, B is lowered to
 *                              {@code max(minBootstrapReplicates, maxBootstrapDraws / units)}
 * @param minBootstrapReplicates the floor for the lowered B (>= 100)
 * @param includeNoneInChiSquare whether the chi-square table and JSD profiles include the {@code none}
 *                              column (default false: they compare how labelled units split among themes)
 */
public record StatsOptions(IntervalMethod interval, int bootstrapReplicates, long seed, long maxBootstrapDraws,
                           int minBootstrapReplicates, boolean includeNoneInChiSquare) {

    /** Analytic intervals; for the bootstrap: B = 1000, seed 20240917, cap 5,000,000 draws per document, floor 200. */
    public static final StatsOptions DEFAULT = new StatsOptions(IntervalMethod.ANALYTIC, 1000, 20240917L, 5_000_000L,
            200, false);

    public StatsOptions {
        Objects.requireNonNull(interval, "interval");
        if (bootstrapReplicates < 100)
            throw new IllegalArgumentException("bootstrapReplicates must be >= 100: " + bootstrapReplicates);
        if (minBootstrapReplicates < 100 || minBootstrapReplicates > bootstrapReplicates)
            throw new IllegalArgumentException("minBootstrapReplicates must be in [100, bootstrapReplicates]: "
                    + minBootstrapReplicates);
        if (maxBootstrapDraws < 1) throw new IllegalArgumentException("maxBootstrapDraws must be >= 1");
    }

    public StatsOptions withInterval(IntervalMethod method) {
        return new StatsOptions(method, bootstrapReplicates, seed, maxBootstrapDraws, minBootstrapReplicates,
                includeNoneInChiSquare);
    }

    /** The bootstrap with {@code b} replicates (shorthand for {@code withInterval(BOOTSTRAP)} and B = b). */
    public StatsOptions withBootstrap(int b) {
        return withInterval(IntervalMethod.BOOTSTRAP).withBootstrapReplicates(b);
    }

    public StatsOptions withBootstrapReplicates(int b) {
        return new StatsOptions(interval, b, seed, maxBootstrapDraws, Math.min(minBootstrapReplicates, b),
                includeNoneInChiSquare);
    }

    public StatsOptions withSeed(long s) {
        return new StatsOptions(interval, bootstrapReplicates, s, maxBootstrapDraws, minBootstrapReplicates,
                includeNoneInChiSquare);
    }

    public StatsOptions withMaxBootstrapDraws(long max) {
        return new StatsOptions(interval, bootstrapReplicates, seed, max, minBootstrapReplicates,
                includeNoneInChiSquare);
    }

    public StatsOptions withIncludeNoneInChiSquare(boolean include) {
        return new StatsOptions(interval, bootstrapReplicates, seed, maxBootstrapDraws, minBootstrapReplicates,
                include);
    }

    /** The B actually used for a document with {@code units} units (see {@link #maxBootstrapDraws}). */
    public int replicatesFor(int units) {
        if (units <= 0) return bootstrapReplicates;
        long capped = maxBootstrapDraws / units;
        if (capped >= bootstrapReplicates) return bootstrapReplicates;
        return (int) Math.max(minBootstrapReplicates, capped);
    }
}
