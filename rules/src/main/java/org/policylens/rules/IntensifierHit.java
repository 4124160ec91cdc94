package org.policylens.rules;

import java.util.Objects;

/**
 * An emphasis word (大力, 全面, 着力, ...) found in a unit: recorded for statistics, never evidence of a theme.
 *
 * @param term   the intensifier as written in the pack
 * @param start  start offset in the classified text
 * @param end    end offset, exclusive
 * @param weight the intensifier's weight
 */
public record IntensifierHit(String term, int start, int end, double weight) {
    public IntensifierHit {
        Objects.requireNonNull(term, "term");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        if (!Double.isFinite(weight)) throw new IllegalArgumentException("weight must be finite");
    }
}
