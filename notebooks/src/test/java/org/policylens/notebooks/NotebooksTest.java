package org.policylens.notebooks;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every notebook in notebooks/ runs top to bottom without a cell error (what CI checks). */
class NotebooksTest {

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsTopToBottom() throws IOException {
        Path work = Files.createDirectories(Path.of("target", "notebook-runs")).toAbsolutePath();
        List<Path> notebooks = Jupyter.shippedNotebooks();
        assertFalse(notebooks.isEmpty(), "no notebooks/*.ipynb found from " + Path.of("").toAbsolutePath());
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(
                notebook.getFileName().toString(), () -> {
                    Jupyter.require();
                    Path dir = Files.createDirectories(work.resolve(notebook.getFileName().toString().replace(".ipynb", "")));
                    Jupyter.Run run = Jupyter.execute(notebook, dir);
                    assertEquals(0, run.exitCode(), notebook + " failed:\n" + run.log());
                }));
    }
}
