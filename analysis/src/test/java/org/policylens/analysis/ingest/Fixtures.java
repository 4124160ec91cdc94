package org.policylens.analysis.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: fixtures from {@code src/test/resources/ingest}, documents from strings, unit tables. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/ingest/" + name);
        if (url == null) throw new IllegalArgumentException("no test resource ingest/" + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled samples folder ({@code ../samples} from the analysis module). */
    static Path samples() {
        return Path.of("..", "samples");
    }

    /** Ingests a Chinese or English text given as a string (no file involved). */
    static Document ingest(String text) {
        return Ingest.fromText(Path.of("test.txt"), "test", text, "UTF-8", "text", null);
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units as a TSV table: index, paragraph, heading, part, section, start, end, text (escaped). */
    static String unitTable(Document doc) {
        StringBuilder sb = new StringBuilder("unit\tparagraph\theading\tpart\tsection\tstart\tend\ttext\n");
        for (Unit u : doc.units()) {
            sb.append(u.index()).append('\t').append(u.paragraph()).append('\t').append(u.heading() ? "H" : "")
                    .append('\t').append(u.part().id()).append('\t').append(escape(u.sectionPath())).append('\t')
                    .append(u.start()).append('\t').append(u.end()).append('\t').append(escape(u.text()))
                    .append('\n');
        }
        sb.append("# removed\n");
        for (Removal r : doc.removals()) {
            sb.append(r.start()).append('\t').append(r.end()).append('\t').append(r.rule()).append('\t')
                    .append(escape(r.text())).append('\n');
        }
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
