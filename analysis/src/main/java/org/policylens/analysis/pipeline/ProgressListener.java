package org.policylens.analysis.pipeline;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Tells the user how a run goes: a progress bar on stderr (documents done / total, characters per
 * second, time left) when stderr is a terminal and not {@code --quiet}, and one line per failed
 * document on stderr in any case.
 */
public final class ProgressListener implements RunListener, AutoCloseable {

    private final PrintWriter err;
    private final ProgressBar bar;
    private final long startNanos = System.nanoTime();
    private long chars;

    private ProgressListener(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /**
     * A listener for {@code total} documents; the bar is drawn only when {@code show} is true and the
     * JVM has a console (stderr not redirected).
     */
    public static ProgressListener create(PrintWriter err, int total, boolean show) {
        ProgressBar bar = null;
        if (show && System.console() != null) {
            bar = new ProgressBarBuilder()
                    .setTaskName("documents")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8)))
                    .clearDisplayOnFinish()
                    .build();
        }
        return new ProgressListener(err, bar);
    }

    @Override
    public void documentDone(DocumentOutcome outcome, long documentChars) {
        if (outcome instanceof DocumentFailure f) {
            err.println("policylens: " + f.entry().path() + ": " + f.stage() + ": " + f.message());
            err.flush();
        }
        chars += documentChars;
        if (bar != null) {
            double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
            double rate = chars / seconds;
            bar.setExtraMessage(rate >= 1e6 ? String.format(Locale.ROOT, "%.1fM chars/s", rate / 1e6)
                    : String.format(Locale.ROOT, "%.0fk chars/s", rate / 1e3));
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
