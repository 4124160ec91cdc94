package org.policylens.analysis.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Finished CSV rows in UTF-8 (each ending in {@code \n}), as a worker formatted them for one document;
 * immutable once handed over by {@link CsvBytes#rows()}, until {@link #release()}.
 */
public final class CsvRows {

    /** No rows. */
    public static final CsvRows EMPTY = new CsvRows(new byte[0], 0);

    private byte[] bytes;
    private final int length;
    private final boolean pooled;

    CsvRows(byte[] bytes, int length) {
        this(bytes, length, false);
    }

    CsvRows(byte[] bytes, int length, boolean pooled) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        if (length < 0 || length > bytes.length) throw new IllegalArgumentException("length " + length);
        this.length = length;
        this.pooled = pooled;
    }

    /**
     * Gives the array back for reuse when it came from the pool ({@link CsvBytes#pooled}); afterwards these rows can
     * no longer be written or read. Call once they are written (the writer thread); a no-op for other rows.
     */
    public void release() {
        if (!pooled || bytes == null) return;
        byte[] b = bytes;
        bytes = null;
        RowBufferPool.give(b);
    }

    private byte[] bytes() {
        if (bytes == null) throw new IllegalStateException("rows already released");
        return bytes;
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
        out.write(bytes(), 0, length);
    }

    /** The rows as text. */
    @Override
    public String toString() {
        return new String(bytes(), 0, length, StandardCharsets.UTF_8);
    }
}
