package org.policylens.analysis.stats;

/**
 * Settings of the statistics. Immutable; start from {@link #DEFAULT} and change one thing with the
 * {@code with...} methods.
 *
 * @param bootstrapReplicates   B, bootstrap resamples per document (>= 100; default 1000)
 * @param seed                  base seed; each document's generator is seeded with
 *                              {@code seed ^ fnv1a64(documentId)} so results repeat exactly
 * @param maxBootstrapDraws     cost cap per document: when {@code B * units} exceeds it, B is lowered to
 *                              {@code max(minBootstrapReplicates, maxBootstrapDraws / units)}
 * @param minBootstrapReplicates the floor for the lowered B (>= 100)
 * @param includeNoneInChiSquare whether the chi-square table and JSD profiles include the {@code none}
 *                              column (default false: they compare how labelled units split among themes)
 */
public record StatsOptions(int bootstrapReplicates, long seed, long maxBootstrapDraws, int minBootstrapReplicates,
                           boolean includeNoneInChiSquare) {

    /** B = 1000, seed 20240917, cap 5,000,000 draws per document (B lowered above 5,000 units), floor 200. */
    public static final StatsOptions DEFAULT = new StatsOptions(1000, 20240917L, 5_000_000L, 200, false);

    public StatsOptions {
        if (bootstrapReplicates < 100)
            throw new IllegalArgumentException("bootstrapReplicates must be >= 100: " + bootstrapReplicates);
        if (minBootstrapReplicates < 100 || minBootstrapReplicates > bootstrapReplicates)
            throw new IllegalArgumentException("minBootstrapReplicates must be in [100, bootstrapReplicates]: "
                    + minBootstrapReplicates);
        if (maxBootstrapDraws < 1) throw new IllegalArgumentException("maxBootstrapDraws must be >= 1");
    }

    public StatsOptions withBootstrapReplicates(int b) {
        return new StatsOptions(b, seed, maxBootstrapDraws, Math.min(minBootstrapReplicates, b), includeNoneInChiSquare);
    }

    public StatsOptions withSeed(long s) {
        return new StatsOptions(bootstrapReplicates, s, maxBootstrapDraws, minBootstrapReplicates, includeNoneInChiSquare);
    }

    public StatsOptions withMaxBootstrapDraws(long max) {
        return new StatsOptions(bootstrapReplicates, seed, max, minBootstrapReplicates, includeNoneInChiSquare);
    }

    public StatsOptions withIncludeNoneInChiSquare(boolean include) {
        return new StatsOptions(bootstrapReplicates, seed, maxBootstrapDraws, minBootstrapReplicates, include);
    }

    /** The B actually used for a document with {@code units} units (see {@link #maxBootstrapDraws}). */
    public int replicatesFor(int units) {
        if (units <= 0) return bootstrapReplicates;
        long capped = maxBootstrapDraws / units;
        if (capped >= bootstrapReplicates) return bootstrapReplicates;
        return (int) Math.max(minBootstrapReplicates, capped);
    }
}
