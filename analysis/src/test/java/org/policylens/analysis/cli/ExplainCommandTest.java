package org.policylens.analysis.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Golden outputs: {@code golden/explain-N.txt} is the expected output for line N of explain-sentences.txt. */
class ExplainCommandTest {

    @ParameterizedTest(name = "sentence {0}")
    @ValueSource(ints = {1, 2, 3})
    void outputMatchesGolden(int n) throws IOException {
        List<String> sentences = Files.readAllLines(Cli.resource("golden/explain-sentences.txt"), StandardCharsets.UTF_8);
        String expected = Files.readString(Cli.resource("golden/explain-" + n + ".txt"), StandardCharsets.UTF_8);
        Cli r = Cli.run("explain", "--pack", Cli.miniPack(), sentences.get(n - 1));
        assertEquals(0, r.code(), r.err());
        assertEquals(expected, r.out());
    }
}
