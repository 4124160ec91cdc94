package org.policylens.analysis.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A read, cleaned and split document.
 *
 * @param id           document id (file name without extension)
 * @param source       the file it was read from
 * @param originalText the decoded (or extracted, for HTML/PDF/DOCX) text; every offset points into it
 * @param language     detected or given language
 * @param units        sentence units in document order
 * @param removals     what the cleaner removed, in document order
 * @param encoding     character set used to decode a text file (or the container's, e.g. {@code UTF-8} for DOCX)
 * @param format       {@code text}, {@code html}, {@code pdf} or {@code docx}
 */
public record Document(String id, Path source, String originalText, Language language, List<Unit> units,
                       List<Removal> removals, String encoding, String format) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(format, "format");
        units = List.copyOf(units);
        removals = List.copyOf(removals);
    }

    /** Characters of report text: the summed length of all units. */
    public long unitChars() {
        long n = 0;
        for (Unit u : units) n += u.length();
        return n;
    }
}
