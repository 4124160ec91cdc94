package org.policylens.analysis.eval;

import java.util.List;
import java.util.Objects;

/**
 * One labelled unit of a gold set.
 *
 * @param id      unit id
 * @param file    the report it comes from
 * @param line    line in the gold file (for messages)
 * @param text    the sentence
 * @param themes  gold theme set (empty = none)
 * @param primary gold primary theme or {@code none}
 */
public record GoldUnit(String id, String file, int line, String text, List<String> themes, String primary) {
    public GoldUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        themes = List.copyOf(themes);
        Objects.requireNonNull(primary, "primary");
    }
}
