package org.policylens.analysis.stats;

import java.nio.charset.StandardCharsets;

/**
 * SplitMix64 (Steele, Lea, Flood 2014): a tiny generator whose output is fixed by its published
 * algorithm, so bootstrap results repeat exactly on every JVM. Not thread-safe; one per computation.
 */
final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in {@code [0, bound)} by Lemire's multiply-shift with rejection (unbiased). */
    int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be > 0: " + bound);
        long r = nextLong() >>> 32;            // 32 random bits
        long m = r * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                r = nextLong() >>> 32;
                m = r * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** 64-bit FNV-1a of the UTF-8 bytes: a stable hash for seeding (String.hashCode is only 32 bits). */
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
