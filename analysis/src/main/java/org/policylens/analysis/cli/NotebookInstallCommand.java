package org.policylens.analysis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code policylens notebook install}: builds the PolicyLens Java kernel (notebooks/target/policylens-kernel.jar) if
 * needed and registers it with Jupyter as the kernelspec {@code policylens-java}.
 */
@Command(name = "install",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Installs the Jupyter kernel \"Java (PolicyLens)\" (kernelspec policylens-java).",
                "Builds notebooks/target/policylens-kernel.jar with the Maven wrapper when it is missing.",
                "Then: jupyter notebook notebooks/"})
public final class NotebookInstallCommand implements Callable<Integer> {

    static final String KERNEL_JAR = "notebooks/target/policylens-kernel.jar";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true)
    Target target = new Target();

    static final class Target {
        @Option(names = "--user", description = "Install for the current user (the default): "
                + "$JUPYTER_DATA_DIR or ~/.local/share/jupyter/kernels/policylens-java.")
        boolean user;

        @Option(names = "--prefix", paramLabel = "DIR",
                description = "Install under DIR/share/jupyter/kernels/policylens-java (as jupyter kernelspec install --prefix).")
        Path prefix;

        @Option(names = "--dir", paramLabel = "DIR", description = "Write kernel.json into DIR itself.")
        Path dir;
    }

    @Option(names = "--jar", paramLabel = "JAR", description = "Use this kernel jar instead of building or finding one.")
    Path jar;

    @Option(names = "--project", paramLabel = "DIR",
            description = "The PolicyLens source folder (default: found from this program's location or the current folder).")
    Path project;

    @Option(names = "--rebuild", description = "Rebuild the kernel jar even when it exists.")
    boolean rebuild;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path kernelJar = jar != null ? existingJar(jar) : projectJar();
        Path dir = kernelDir();
        Path file = KernelSpec.of(KernelSpec.currentJava(), kernelJar.toString()).writeTo(dir);
        out.println("Installed the Jupyter kernel \"" + KernelSpec.DISPLAY_NAME + "\" (" + KernelSpec.NAME + "): " + file);
        out.println("Kernel jar: " + kernelJar);
        out.println("Open the notebooks with: jupyter notebook notebooks/");
        if (!onPath("jupyter")) {
            out.println("Note: no 'jupyter' on the PATH. Install Jupyter first (Debian: apt-get install jupyter-notebook "
                    + "python3-nbconvert jupyter-client python3-ipykernel; elsewhere: pip install notebook).");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && (Files.isExecutable(Path.of(dir, program)) || Files.isExecutable(Path.of(dir, program + ".exe")))) {
                return true;
            }
        }
        return false;
    }

    Path kernelDir() {
        if (target.dir != null) {
            return target.dir.toAbsolutePath().normalize();
        }
        if (target.prefix != null) {
            return target.prefix.toAbsolutePath().normalize().resolve("share").resolve("jupyter").resolve("kernels")
                    .resolve(KernelSpec.NAME);
        }
        return KernelSpec.userDataDir(System.getenv()).resolve("kernels").resolve(KernelSpec.NAME);
    }

    private static Path existingJar(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such kernel jar");
        }
        return file.toAbsolutePath().normalize();
    }

    private Path projectJar() {
        Path root = (project != null ? Optional.of(project.toAbsolutePath().normalize()) : findProject())
                .filter(NotebookInstallCommand::isProject)
                .orElseThrow(() -> new InputException("cannot find the PolicyLens sources (a folder with "
                        + "notebooks/pom.xml and mvnw): run this from the project folder, or give --project DIR or --jar JAR"));
        Path built = root.resolve(KERNEL_JAR);
        if (rebuild || !Files.isRegularFile(built)) {
            build(root);
        }
        if (!Files.isRegularFile(built)) {
            throw new InputException(built + ": the build finished but wrote no kernel jar");
        }
        return built;
    }

    /** The project folder: where this program's jar was built (analysis/target/policylens.jar), or the current folder up. */
    static Optional<Path> findProject() {
        List<Path> candidates = new ArrayList<>();
        try {
            Path code = Path.of(NotebookInstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            candidates.add(code.toAbsolutePath());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: fall back to the current folder
        }
        candidates.add(Path.of("").toAbsolutePath());
        for (Path start : candidates) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (isProject(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve("notebooks").resolve("pom.xml"))
                && (Files.isRegularFile(dir.resolve("mvnw")) || Files.isRegularFile(dir.resolve("mvnw.cmd")));
    }

    private void build(Path root) {
        PrintWriter err = spec.commandLine().getErr();
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        List<String> command = List.of(root.resolve(windows ? "mvnw.cmd" : "mvnw").toString(),
                "-q", "-B", "-DskipTests", "package", "-pl", "notebooks", "-am");
        err.println("policylens: building the kernel: " + String.join(" ", command));
        err.flush();
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    err.print(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    err.flush();
                }
            }
            int code = process.waitFor();
            if (code != 0) {
                throw new InputException("building the kernel failed (exit " + code + "): " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new InputException("cannot run the Maven wrapper in " + root + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while building the kernel", e);
        }
    }
}
