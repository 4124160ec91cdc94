package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a {@link DocumentAnalyzer} over documents on {@code threads} workers and hands the outcomes to
 * a sink <em>in input order</em> on the calling thread (a reorder buffer), so outputs are the same for
 * any thread count. At most {@code 2 × threads + 2} documents are in flight or waiting in the buffer,
 * which bounds memory. A document that throws an {@link Exception} becomes a {@link DocumentFailure};
 * an {@link Error} stops the run and is rethrown.
 */
public final class Pipeline {

    /** Receives outcomes in input order. */
    @FunctionalInterface
    public interface Sink {
        void accept(DocumentOutcome outcome) throws Exception;
    }

    private final DocumentAnalyzer analyzer;
    private final int threads;
    private final int window;
    private final StageClock clock;

    public Pipeline(DocumentAnalyzer analyzer, int threads, StageClock clock) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        this.threads = threads;
        this.window = 2 * threads + 2;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Receives, in input order, what the workers prepared from each outcome. */
    @FunctionalInterface
    public interface OrderedSink<T> {
        void accept(T prepared) throws Exception;
    }

    /** Processes every entry; returns when the sink has seen them all. */
    public void run(List<CorpusEntry> entries, Sink sink) throws Exception {
        run(entries, Function.identity(), sink::accept);
    }

    /**
     * Processes every entry, applies {@code prepare} to each outcome on the worker (e.g. to format its output
     * rows, so the one thread that writes in order only copies bytes) and hands the results to {@code sink} in
     * input order on the calling thread; returns when the sink has seen them all. {@code prepare} must be
     * thread-safe; an exception it throws stops the run.
     */
    public <T> void run(List<CorpusEntry> entries, Function<DocumentOutcome, T> prepare, OrderedSink<T> sink)
            throws Exception {
        Objects.requireNonNull(prepare, "prepare");
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            CompletionService<Indexed<T>> done = new ExecutorCompletionService<>(pool);
            Map<Integer, T> buffer = new HashMap<>();
            int submitted = 0;
            int emitted = 0;
            while (emitted < entries.size()) {
                while (submitted < entries.size() && submitted - emitted < window) {
                    int index = submitted++;
                    CorpusEntry entry = entries.get(index);
                    done.submit(() -> new Indexed<>(index, prepare.apply(analyzeOne(entry))));
                }
                Indexed<T> next = take(done);
                buffer.put(next.index(), next.prepared());
                for (T o; (o = buffer.remove(emitted)) != null; emitted++) sink.accept(o);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private DocumentOutcome analyzeOne(CorpusEntry entry) {
        try {
            return analyzer.analyze(entry, clock);
        } catch (DocumentFailedException e) {
            return new DocumentFailure(entry, e.stage(), e.getMessage());
        } catch (RuntimeException e) {
            return new DocumentFailure(entry, "internal", e.toString());
        }
    }

    private static <T> Indexed<T> take(CompletionService<Indexed<T>> done) throws Exception {
        Future<Indexed<T>> f = done.take();
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error err) throw err;
            if (cause instanceof Exception ex) throw ex;
            throw e;
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "policylens-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private record Indexed<T>(int index, T prepared) {
        Indexed {
            Objects.requireNonNull(prepared, "prepared"); // null would stall the reorder buffer
        }
    }
}
