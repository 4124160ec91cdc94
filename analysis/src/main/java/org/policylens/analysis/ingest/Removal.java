package org.policylens.analysis.ingest;

import java.util.Objects;

/**
 * A stretch of the original text the cleaner removed as not part of the report.
 *
 * @param start start offset in the original text, inclusive
 * @param end   end offset in the original text, exclusive
 * @param text  the removed original text
 * @param rule  id of the cleaning rule that removed it (e.g. {@code site-chrome}, {@code photo-caption})
 */
public record Removal(int start, int end, String text, String rule) {
    public Removal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        if (text.length() != end - start)
            throw new IllegalArgumentException("text length " + text.length() + " != end - start " + (end - start));
    }
}
