package org.policylens.rules.match;

import com.google.re2j.Pattern;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A case-insensitive RE2/J expression compiled once per thread that runs it: the first thread gets the one compiled
 * (and checked) at construction, every other thread a copy of its own, compiled from the same text (so it matches
 * the same).
 *
 * <p>Why: a {@code Pattern} keeps its matching machines in a lock-free stack ({@code RE2.get}/{@code put}, a
 * compare-and-set loop). Two workers running the same pattern at the same moment make the compare-and-set fail, a
 * branch C2 had compiled as never taken: its {@code unstable_if} trap threw away the compiled {@code PatternSet.find},
 * {@code LiteralStarts.find} or {@code matchesIn} (20-65 KB of code each) in cold 2-thread runs. A pattern used by one
 * thread only never contends.
 */
final class LocalPattern {

    private final String regex;
    /** The pattern compiled at construction until a thread claims it. */
    private final AtomicReference<Pattern> unclaimed;
    private final ThreadLocal<Pattern> perThread = new ThreadLocal<>() {
        @Override
        protected Pattern initialValue() {
            Pattern first = unclaimed.getAndSet(null);
            return first != null ? first : Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        }
    };

    /** Compiles {@code regex} case-insensitively; throws as {@link Pattern#compile} does on a bad expression. */
    LocalPattern(String regex) {
        this.regex = regex;
        this.unclaimed = new AtomicReference<>(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** This thread's compiled pattern. */
    Pattern get() {
        return perThread.get();
    }

    /** The expression's text. */
    String regex() {
        return regex;
    }
}
