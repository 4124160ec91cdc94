package org.policylens.notebooks;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.policylens.analysis.cli.KernelSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs notebooks with Debian's Jupyter ({@code /usr/bin/python3 -m nbconvert --execute}) and this module's kernel,
 * started from the test class path through a kernelspec in a private {@code JUPYTER_PATH}.
 *
 * <p>Without Jupyter the tests are skipped, except under CI ({@code CI=true}), where that is a failure.
 */
final class Jupyter {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    /** What one nbconvert run did. */
    record Run(int exitCode, String log, Path executed) {
    }

    private Jupyter() {
    }

    /** Skips the calling test when Jupyter is missing, or fails it under CI. */
    static void require() {
        boolean present = false;
        if (Files.isExecutable(PYTHON)) {
            try {
                Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import nbconvert, nbformat, jupyter_client")
                        .redirectErrorStream(true).start();
                check.getInputStream().readAllBytes();
                present = check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
            } catch (IOException e) {
                present = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!present) {
            String why = "Jupyter is not installed (/usr/bin/python3 with nbconvert, nbformat, jupyter_client; Debian: "
                    + "apt-get install jupyter-notebook python3-nbconvert jupyter-nbconvert jupyter-client python3-ipykernel)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + ", and CI=true: the notebooks must be executed in CI");
            }
            Assumptions.abort(why);
        }
    }

    /**
     * Executes {@code notebook} top to bottom into {@code workDir}/out (the notebook's own folder is the working
     * directory, as in Jupyter); fails nothing itself.
     */
    static Run execute(Path notebook, Path workDir) throws IOException, InterruptedException {
        Path kernels = workDir.resolve("jupyter");
        KernelSpec.of(KernelSpec.currentJava(), TestClassPath.get())
                .writeTo(kernels.resolve("kernels").resolve(KernelSpec.NAME));
        Path out = Files.createDirectories(workDir.resolve("out"));
        Path log = workDir.resolve(notebook.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=900", "--ExecutePreprocessor.kernel_name=" + KernelSpec.NAME,
                "--output-dir", out.toString(), notebook.toAbsolutePath().toString())
                .directory(notebook.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JUPYTER_PATH", kernels.toString());
        env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(workDir.resolve("runtime")).toString());
        env.put("PYTHONWARNINGS", "ignore");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            Assertions.fail(notebook + ": still running after 20 minutes");
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8),
                out.resolve(notebook.getFileName()));
    }

    /** The notebooks shipped in the module folder (notebooks/*.ipynb), by name. */
    static List<Path> shippedNotebooks() throws IOException {
        try (var files = Files.list(Path.of("").toAbsolutePath())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
    }
}
