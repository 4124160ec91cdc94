package org.policylens.analysis.output;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recycles the large byte arrays that workers format a document's {@code units.csv} and {@code evidence.csv}
 * rows into ({@link CsvBytes#pooled}): the writer gives each back once it has copied it to the file
 * ({@link CsvRows#release}), so a long run does not allocate and zero ~16 bytes per input character. Holds at most
 * {@value #MAX_POOLED} arrays of at most 64 MB; a pooled array too small for a request is dropped. Contents are
 * never read before being overwritten ({@link CsvBytes} tracks its own size), so reuse cannot change an output.
 * Thread-safe.
 *
 * <p>Last in, first out: a request gets the most recently given array that is large enough, whose first bytes are
 * the likeliest to be still in a cache (the oldest, which a queue handed out, had long left it); when more than
 * {@value #MAX_POOLED} are held the oldest is dropped.
 */
final class RowBufferPool {

    private static final int MAX_POOLED = 32;
    private static final int MAX_BYTES = 64 << 20;
    /** Arrays below this size are cheaper to allocate than to pool. */
    static final int MIN_BYTES = 16 << 10;

    /** Newest first. */
    private static final ConcurrentLinkedDeque<byte[]> FREE = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger POOLED = new AtomicInteger();

    private RowBufferPool() {
    }

    /** An array of at least {@code min} bytes (contents undefined): the newest pooled one that is large enough. */
    static byte[] take(int min) {
        for (byte[] b : FREE) {
            if (b.length >= min && FREE.removeFirstOccurrence(b)) { // false: another thread took it first
                POOLED.decrementAndGet();
                return b;
            }
        }
        return new byte[min];
    }

    /** Gives an array back for reuse; the caller must not touch it afterwards. */
    static void give(byte[] b) {
        if (b.length < MIN_BYTES || b.length > MAX_BYTES) return;
        FREE.offerFirst(b);
        if (POOLED.incrementAndGet() > MAX_POOLED && FREE.pollLast() != null) POOLED.decrementAndGet();
    }

    /** Arrays held now (for tests). */
    static int size() {
        return FREE.size();
    }
}
