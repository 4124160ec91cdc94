package org.policylens.analysis.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Finished CSV rows in UTF-8 (each ending in {@code \n}), as a worker formatted them for one document;
 * immutable once handed over by {@link CsvBytes#rows()}.
 */
public final class CsvRows {

    /** No rows. */
    public static final CsvRows EMPTY = new CsvRows(new byte[0], 0);

    private final byte[] bytes;
    private final int length;

    CsvRows(byte[] bytes, int length) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        if (length < 0 || length > bytes.length) throw new IllegalArgumentException("length " + length);
        this.length = length;
    }

    /** Rows already formatted as text (e.g. with {@link CsvFiles}). */
    public static CsvRows of(String rows) {
        byte[] b = rows.getBytes(StandardCharsets.UTF_8);
        return new CsvRows(b, b.length);
    }

    /** Size in bytes. */
    public int length() {
        return length;
    }

    /** Writes the rows to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /** The rows as text. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
