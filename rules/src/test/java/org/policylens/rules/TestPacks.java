package org.policylens.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Access to the test packs in {@code src/test/resources/packs}. */
public final class TestPacks {

    private static volatile RulePack mini;

    private TestPacks() {
    }

    public static Path path(String name) {
        try {
            return Path.of(TestPacks.class.getResource("/packs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixed test pack covering every rule kind (loaded once). */
    public static RulePack mini() {
        RulePack p = mini;
        if (p == null) mini = p = RulePack.load(path("mini.yaml"));
        return p;
    }

    /** Writes {@code yaml} to {@code dir/name} and loads it. */
    public static RulePack inline(Path dir, String name, String yaml) {
        try {
            Path f = dir.resolve(name);
            Files.writeString(f, yaml, StandardCharsets.UTF_8);
            return RulePack.load(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack header plus one theme {@code t} with the given rules block (indented under {@code rules:}). */
    public static String oneTheme(String rules) {
        return """
                name: inline
                version: 1
                themes:
                  - id: alpha
                    label_zh: 甲
                    label_en: Alpha
                    color: "#000000"
                    rules:
                """ + rules.indent(6);
    }
}
