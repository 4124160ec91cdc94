package org.policylens.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel under real Jupyter: {@code jupyter nbconvert --to notebook --execute} on two tiny notebooks. */
class KernelEndToEndTest {

    @BeforeAll
    static void jupyter() {
        Jupyter.require();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(KernelEndToEndTest.class.getResource("/notebooks/" + name).toURI());
    }

    @Test
    void aNotebookRunsWithValuesPrintedTextAndPictures(@TempDir Path work) throws Exception {
        Jupyter.Run run = Jupyter.execute(resource("tiny.ipynb"), work);
        assertEquals(0, run.exitCode(), run.log());
        JsonNode cells = new ObjectMapper().readTree(Files.readString(run.executed())).get("cells");
        List<String> types = new ArrayList<>();
        cells.get(1).get("outputs").forEach(o -> types.add(o.get("output_type").asText()));
        assertEquals(List.of("stream", "execute_result"), types);
        assertEquals("苏州 20\n", cells.get(1).get("outputs").get(0).get("text").get(0).asText());
        assertEquals("40", cells.get(1).get("outputs").get(1).get("data").get("text/plain").get(0).asText());
        assertTrue(cells.get(2).get("outputs").get(0).get("data").has("image/png"), cells.get(2).toString());
    }

    @Test
    void aCellThatThrowsFailsTheRunAndSaysWhy(@TempDir Path work) throws Exception {
        Jupyter.Run run = Jupyter.execute(resource("failing.ipynb"), work);
        assertNotEquals(0, run.exitCode());
        assertTrue(run.log().contains("no such city: atlantis"), run.log());
    }
}
