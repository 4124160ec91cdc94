package org.policylens.analysis.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder written whole or not at all. Everything goes into a hidden temporary sibling
 * ({@code .NAME.tmp-…}); {@link #commit()} moves it into place. Until then a shutdown hook deletes the
 * temporary folder, so Ctrl-C or a kill leaves no half-written output; {@link #close()} without commit
 * (a failure) deletes it too. An existing target is refused unless {@code overwrite} is set, and is
 * replaced only at commit time.
 */
public final class OutputFolder implements Closeable {

    private final Path target;
    private volatile Path temp; // set once, right after the cleanup hook is registered
    private final boolean overwrite;
    private final Thread cleanup;
    private volatile boolean committed;

    private OutputFolder(Path target, boolean overwrite) throws IOException {
        this.target = target;
        this.overwrite = overwrite;
        this.cleanup = new Thread(() -> {
            // Writer threads keep running while the JVM stops and may re-create the folder (a chart or CSV
            // opened after a first delete): delete until it has stayed absent for a while.
            Path temp = this.temp;
            if (temp == null) return;
            int absent = 0;
            for (int attempt = 0; attempt < 80 && !committed && absent < 5; attempt++) {
                try {
                    if (Files.exists(temp)) {
                        absent = 0;
                        deleteTree(temp);
                    } else {
                        absent++;
                    }
                } catch (UncheckedIOException raced) {
                    absent = 0;
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "policylens-output-cleanup");
        // The hook goes in before the folder exists, so a kill at any moment leaves nothing behind.
        Runtime.getRuntime().addShutdownHook(cleanup);
        this.temp = uniqueSibling(target, ".tmp-");
    }

    /**
     * Starts writing {@code target}.
     *
     * @throws FileAlreadyExistsException when {@code target} exists and {@code overwrite} is false
     */
    public static OutputFolder create(Path target, boolean overwrite) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !overwrite)
            throw new FileAlreadyExistsException(target.toString(), null, "output folder exists (use --overwrite to replace it)");
        if (Files.exists(abs) && !Files.isDirectory(abs))
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        return new OutputFolder(abs, overwrite);
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /** The temporary folder itself (the future {@link #target()}); write into it before {@link #commit()}. */
    public Path dir() {
        return temp;
    }

    /** A path inside the temporary folder (where files are written before commit). */
    public Path resolve(String name) {
        return temp.resolve(name);
    }

    /** Writes a whole text file (UTF-8) via a temporary file and a rename. */
    public void writeString(String name, String content) throws IOException {
        Path file = resolve(name);
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Moves the finished folder into place (replacing an existing one when allowed). */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            if (!overwrite) throw new FileAlreadyExistsException(target.toString());
            old = uniqueSibling(target, ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) deleteTree(old);
        removeHook();
    }

    /** Deletes the temporary folder unless committed. */
    @Override
    public void close() {
        if (!committed) deleteTree(temp);
        removeHook();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself is running or about to: nothing to do
        }
    }

    /**
     * Creates a hidden sibling folder {@code .NAME<tag>N} with default permissions (umask), unlike
     * {@code Files.createTempDirectory}, whose owner-only mode would end up on the committed output.
     */
    private static Path uniqueSibling(Path target, String tag) throws IOException {
        for (long n = ProcessHandle.current().pid(); ; n++) {
            Path p = target.resolveSibling("." + target.getFileName() + tag + n);
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
