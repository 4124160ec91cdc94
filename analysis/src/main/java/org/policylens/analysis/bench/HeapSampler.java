package org.policylens.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples used heap every few milliseconds on a daemon thread and keeps the peak. */
public final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler(long intervalMillis) {
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "policylens-heap-sampler");
        thread.setDaemon(true);
    }

    /** Starts sampling every {@code intervalMillis}. */
    public static HeapSampler start(long intervalMillis) {
        HeapSampler s = new HeapSampler(intervalMillis);
        s.sample();
        s.thread.start();
        return s;
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) peak = used;
    }

    /** Peak used heap seen so far, in MiB. */
    public long peakMb() {
        sample();
        return peak / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
