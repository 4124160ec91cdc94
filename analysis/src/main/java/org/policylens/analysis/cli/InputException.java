package org.policylens.analysis.cli;

/**
 * A user's input cannot be used: a missing or unreadable file, an invalid manifest or rule pack.
 * The message says what and where (file, line); the command exits with {@link ExitCodes#INPUT}.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
