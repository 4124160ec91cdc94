package org.policylens.rules;

/**
 * A rule pack cannot be read or is invalid. The message starts with {@code file:line:column: }.
 */
public class RulePackException extends RuntimeException {

    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
