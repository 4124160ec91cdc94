package org.policylens.notebooks;

import java.util.List;

/**
 * A cell that did not run to the end: it did not compile, or it threw. The message names the cell line;
 * {@link #lines()} is what the notebook shows (diagnostics with a caret, or the exception and its snippet frames).
 */
public final class CellException extends RuntimeException {

    /** Why the cell stopped. */
    public enum Kind { COMPILE, RUNTIME, INCOMPLETE }

    private final Kind kind;
    private final String errorName;
    private final List<String> lines;

    public CellException(Kind kind, String errorName, String message, List<String> lines) {
        super(message);
        this.kind = kind;
        this.errorName = errorName;
        this.lines = List.copyOf(lines);
    }

    public Kind kind() {
        return kind;
    }

    /** The exception class name for a runtime error ({@code java.lang.IllegalStateException}), else "CompileError". */
    public String errorName() {
        return errorName;
    }

    public List<String> lines() {
        return lines;
    }

    /** No Java stack of the kernel itself: the lines say everything the notebook reader needs. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
