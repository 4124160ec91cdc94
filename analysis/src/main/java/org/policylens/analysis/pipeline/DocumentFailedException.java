package org.policylens.analysis.pipeline;

/** Thrown by a {@link DocumentAnalyzer} for a document that cannot be analysed (becomes a {@link DocumentFailure}). */
public class DocumentFailedException extends RuntimeException {

    private final String stage;

    public DocumentFailedException(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public DocumentFailedException(String stage, String message) {
        this(stage, message, null);
    }

    /** The stage that failed ({@code read}, {@code classify}, {@code stats}). */
    public String stage() {
        return stage;
    }
}
