package org.policylens.analysis.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A CSV file written in one pass: rows stream to {@code NAME.part}, which {@link #finish()} renames to
 * {@code NAME}. Rows arrive already encoded ({@link CsvRows}, formatted by the workers), so writing is a byte
 * copy. Never holds more than its buffer in memory.
 */
public final class CsvSink implements Closeable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path target;
    private final Path part;
    private final OutputStream out;
    private boolean finished;

    /** Opens {@code target}'s temporary file and writes the header (after a BOM when {@code excel}). */
    public CsvSink(Path target, List<String> header, boolean excel) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        this.out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
        if (excel) out.write(BOM);
        row(header);
    }

    /** Appends rows formatted by a worker. */
    public void appendRows(CsvRows rows) throws IOException {
        rows.writeTo(out);
    }

    /** Appends rows already formatted with {@link CsvFiles} (each ending in {@code \n}). */
    public void appendRows(CharSequence rows) throws IOException {
        out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Appends one row. */
    public void row(List<?> values) throws IOException {
        out.write(CsvFiles.line(values).getBytes(StandardCharsets.UTF_8));
    }

    /** Flushes, closes and renames the file into place. */
    public void finish() throws IOException {
        out.close();
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        finished = true;
    }

    /** Closes without renaming (after a failure); the temporary file is left for the folder cleanup. */
    @Override
    public void close() throws IOException {
        if (!finished) out.close();
    }
}
