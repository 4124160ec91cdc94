package org.policylens.analysis.output;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recycles the large byte arrays that workers format a document's {@code units.csv} and {@code evidence.csv}
 * rows into ({@link CsvBytes#pooled}): the writer gives each back once it has copied it to the file
 * ({@link CsvRows#release}), so a long run does not allocate and zero ~16 bytes per input character. Holds at most
 * {@value #MAX_POOLED} arrays of at most 64 MB; a pooled array too small for a request is dropped. Contents are
 * never read before being overwritten ({@link CsvBytes} tracks its own size), so reuse cannot change an output.
 * Thread-safe.
 */
final class RowBufferPool {

    private static final int MAX_POOLED = 32;
    private static final int MAX_BYTES = 64 << 20;
    /** Arrays below this size are cheaper to allocate than to pool. */
    static final int MIN_BYTES = 16 << 10;

    private static final ConcurrentLinkedQueue<byte[]> FREE = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger POOLED = new AtomicInteger();

    private RowBufferPool() {
    }

    /** An array of at least {@code min} bytes (contents undefined). */
    static byte[] take(int min) {
        byte[] b = FREE.poll();
        if (b != null) {
            POOLED.decrementAndGet();
            if (b.length >= min) return b;
        }
        return new byte[min];
    }

    /** Gives an array back for reuse; the caller must not touch it afterwards. */
    static void give(byte[] b) {
        if (b.length < MIN_BYTES || b.length > MAX_BYTES) return;
        if (POOLED.incrementAndGet() > MAX_POOLED) {
            POOLED.decrementAndGet();
            return;
        }
        FREE.offer(b);
    }
}
