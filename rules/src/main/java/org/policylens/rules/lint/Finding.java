package org.policylens.rules.lint;

import org.policylens.rules.pack.Location;

import java.util.Objects;

/** One lint finding, printed as {@code file:line:column: warning: message}. */
public record Finding(Location location, Severity severity, String message) {
    public Finding {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
