package org.policylens.analysis.ingest;

import java.nio.file.Path;

/**
 * A document cannot be read: missing, a directory, empty, binary, undecodable, or of an unsupported type.
 * The message starts with the file name and says what is wrong and where (byte offset or line).
 */
public class DocumentException extends RuntimeException {
    private final transient Path file;

    public DocumentException(Path file, String what) {
        super(file + ": " + what);
        this.file = file;
    }

    public DocumentException(Path file, String what, Throwable cause) {
        super(file + ": " + what, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
