package org.policylens.analysis.report;

import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The static charts under {@code charts/} embedded as {@code data:} URIs in {@code <img>} (an SVG shown through
 * {@code <img>} cannot run script). Of a PNG and an SVG with the same name, the smaller file is embedded.
 */
final class Figures {
    /** A chart: file name without extension, MIME type and data URI. */
    record Figure(String name, String file, String mime, String dataUri) {
    }

    private Figures() {
    }

    static List<Figure> read(Path outDir) {
        Path dir = outDir.resolve("charts");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Map<String, Path> best = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(f) || !(lower.endsWith(".png") || lower.endsWith(".svg"))) {
                    continue;
                }
                String stem = name.substring(0, name.length() - 4);
                Path other = best.get(stem);
                if (other == null || Files.size(f) < Files.size(other)) {
                    best.put(stem, f);
                }
            }
            List<Figure> out = new ArrayList<>();
            for (Map.Entry<String, Path> e : best.entrySet()) {
                Path f = e.getValue();
                String mime = f.toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? "image/svg+xml" : "image/png";
                String uri = "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(f));
                out.add(new Figure(e.getKey(), f.getFileName().toString(), mime, uri));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot read charts: " + e.getMessage(), e);
        }
    }

    /** "theme_shares_by_document" → "Theme shares by document". */
    static String caption(String stem) {
        String s = stem.replace('_', ' ').replace('-', ' ').trim();
        return s.isEmpty() ? stem : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
