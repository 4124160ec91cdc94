package org.policylens.analysis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Jupyter kernelspec ({@code kernel.json}) for the PolicyLens Java kernel: how Jupyter starts it.
 *
 * @param argv        the command Jupyter runs; {@code {connection_file}} is replaced by Jupyter
 * @param displayName the name shown in Jupyter's kernel menu
 * @param language    the cell language
 */
public record KernelSpec(List<String> argv, String displayName, String language) {

    /** The folder name Jupyter knows the kernel by (and the notebooks' {@code kernelspec.name}). */
    public static final String NAME = "policylens-java";
    public static final String DISPLAY_NAME = "Java (PolicyLens)";
    public static final String MAIN_CLASS = "org.policylens.notebooks.Kernel";

    public KernelSpec {
        argv = List.copyOf(argv);
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
        if (!argv.contains("{connection_file}")) {
            throw new IllegalArgumentException("a kernel command needs the {connection_file} argument: " + argv);
        }
    }

    /** The kernel started from {@code classPath} (the shaded kernel jar, or a test class path) with {@code java}. */
    public static KernelSpec of(Path java, String classPath) {
        return new KernelSpec(List.of(java.toString(), "-Xmx2g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", classPath, MAIN_CLASS, "{connection_file}"), DISPLAY_NAME, "java");
    }

    /** The {@code java} of the running JVM. */
    public static Path currentJava() {
        String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        return Path.of(System.getProperty("java.home"), "bin", exe);
    }

    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("argv", argv);
        json.put("display_name", displayName);
        json.put("language", language);
        json.put("interrupt_mode", "message");
        json.put("metadata", Map.of("debugger", false));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code dir/kernel.json} (creating {@code dir}), replacing an older one; returns the file. */
    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("kernel.json");
            Path tmp = Files.createTempFile(dir, "kernel", ".json.tmp");
            Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kernelspec into " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Jupyter's per-user data folder, as Jupyter computes it: {@code $JUPYTER_DATA_DIR}, else
     * {@code $XDG_DATA_HOME/jupyter} or {@code ~/.local/share/jupyter} (Linux), {@code ~/Library/Jupyter} (macOS),
     * {@code %APPDATA%\jupyter} (Windows).
     */
    public static Path userDataDir(Map<String, String> env) {
        String explicit = env.get("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = System.getProperty("os.name", "");
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("Windows")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "jupyter") : home.resolve("AppData").resolve("Roaming").resolve("jupyter");
        }
        if (os.startsWith("Mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("jupyter");
    }
}
