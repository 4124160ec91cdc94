package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Killing a running {@code compare} (SIGTERM, as Ctrl-C or {@code kill} do) leaves no output and no temporary folder. */
class CompareInterruptTest {

    @TempDir
    Path dir;

    @Test
    void killedRunLeavesNothingBehind() throws Exception {
        Path input = CompareCommandTest.subset(dir.resolve("in"));
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                PolicyLens.class.getName(), "compare", input.toString(), "--out", out.toString(), "--quiet",
                "--threads", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && temporaryFolders().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            assumeTrue(p.isAlive() && !temporaryFolders().isEmpty(), "the run ended before it could be interrupted");
            p.destroy(); // SIGTERM
            p.waitFor(60, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of("in"), names());
    }

    private List<String> temporaryFolders() throws Exception {
        return names().stream().filter(n -> n.startsWith(".out.tmp-")).toList();
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
