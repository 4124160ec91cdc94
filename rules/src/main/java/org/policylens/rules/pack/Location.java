package org.policylens.rules.pack;

import java.util.Objects;

/** A place in a rule pack file, 1-based; prints as {@code file:line:column}. */
public record Location(String file, int line, int column) {
    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) throw new IllegalArgumentException("line and column are 1-based");
    }

    /** The start of {@code file}. */
    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    /** This location moved {@code chars} columns to the right (for a place inside a scalar). */
    public Location plusColumns(int chars) {
        return new Location(file, line, column + Math.max(0, chars));
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
