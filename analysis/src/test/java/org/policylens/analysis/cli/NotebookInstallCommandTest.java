package org.policylens.analysis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotebookInstallCommandTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cl = PolicyLens.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void installWritesAKernelJsonStartingTheKernelFromTheJar(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("policylens-kernel.jar"), "stand-in");
        Path dir = tmp.resolve("spec");
        assertEquals(0, run(new StringWriter(), "notebook", "install", "--dir", dir.toString(), "--jar", jar.toString()));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("kernel.json").toFile());
        List<String> argv = new ObjectMapper().convertValue(json.get("argv"), List.class);
        assertEquals(List.of("-cp", jar.toAbsolutePath().toString(), "org.policylens.notebooks.Kernel", "{connection_file}"),
                argv.subList(argv.size() - 4, argv.size()));
        assertEquals("Java (PolicyLens)", json.get("display_name").asText());
        assertEquals("java", json.get("language").asText());
    }

    @Test
    void prefixInstallsWhereJupyterLooksUnderThePrefix(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("k.jar"), "stand-in");
        assertEquals(0, run(new StringWriter(), "notebook", "install", "--prefix", tmp.toString(), "--jar", jar.toString()));
        assertTrue(Files.isRegularFile(tmp.resolve("share/jupyter/kernels/policylens-java/kernel.json")));
    }

    @Test
    void aMissingJarIsAnInputError(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.INPUT, run(err, "notebook", "install", "--dir", tmp.toString(), "--jar",
                tmp.resolve("nope.jar").toString()));
        assertTrue(err.toString().contains("nope.jar: no such kernel jar"), err.toString());
        assertFalse(Files.exists(tmp.resolve("kernel.json")));
    }

    @Test
    void dirAndPrefixTogetherAreAUsageError(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run(new StringWriter(), "notebook", "install", "--dir", tmp.toString(),
                "--prefix", tmp.toString()));
    }

    @Test
    void theUserFolderFollowsJupyterDataDir() {
        assertEquals(Path.of("/data/jup"), KernelSpec.userDataDir(Map.of("JUPYTER_DATA_DIR", "/data/jup")));
    }

    @Test
    void aKernelCommandWithoutTheConnectionFileIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new KernelSpec(List.of("java", "-jar", "k.jar"), "Java (PolicyLens)", "java"));
    }
}
