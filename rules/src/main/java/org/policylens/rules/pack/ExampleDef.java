package org.policylens.rules.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence with the labels the pack must give it (run by {@code rules test} and the test suite).
 *
 * @param text     the sentence as written (normalise before classifying)
 * @param themes   the exact expected theme set ({@code []} for none)
 * @param primary  the expected primary theme, if stated
 * @param not      themes it must not get
 * @param section  heading path to classify it under (usually empty)
 * @param location where it is declared
 */
public record ExampleDef(String text, List<String> themes, Optional<String> primary, List<String> not,
                         List<String> section, Location location) {
    public ExampleDef {
        Objects.requireNonNull(text, "text");
        themes = List.copyOf(themes);
        Objects.requireNonNull(primary, "primary");
        not = List.copyOf(not);
        section = List.copyOf(section);
        Objects.requireNonNull(location, "location");
    }
}
