package org.policylens.analysis.ingest;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read documents.
 *
 * @param encoding character set name for plain-text files, or {@code null} to detect it
 *                 (UTF-8 with or without BOM, UTF-16 by BOM or byte pattern, GB18030/GBK)
 * @param language language of the documents, or {@code null} to detect it per document
 */
public record IngestOptions(String encoding, Language language) {

    /** Detect encoding and language. */
    public static final IngestOptions DEFAULT = new IngestOptions(null, null);

    public IngestOptions {
        if (encoding != null && !Charset.isSupported(encoding))
            throw new IllegalArgumentException("unsupported encoding: " + encoding);
    }

    /** A copy with the given encoding override ({@code null} = detect). */
    public IngestOptions withEncoding(String newEncoding) {
        return new IngestOptions(newEncoding, language);
    }

    /** A copy with the given language override ({@code null} = detect). */
    public IngestOptions withLanguage(Language newLanguage) {
        return new IngestOptions(encoding, newLanguage);
    }

    /** The encoding override, if any. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(encoding).map(Charset::forName);
    }
}
