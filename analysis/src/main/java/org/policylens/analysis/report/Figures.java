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
 *
 * <p>Size budget: comparison charts come first (in name order) while they fit; per-document charts (names starting
 * {@code doc_}, three per document) are embedded all together only if they all fit in what is left, otherwise none
 * is and the page says they are in charts/. A 26-document run has ~0.8 MB of comparison charts and ~4.7 MB of
 * per-document ones.
 */
final class Figures {
    static final String PER_DOCUMENT_PREFIX = "doc_";

    /** A chart: file name without extension, file name, MIME type and data URI. */
    record Figure(String name, String file, String mime, String dataUri) {
        boolean perDocument() {
            return name.startsWith(PER_DOCUMENT_PREFIX);
        }
    }

    /** What is embedded and how many charts were left out for size. */
    record Selection(List<Figure> figures, int omitted) {
        Selection {
            figures = List.copyOf(figures);
        }
    }

    private Figures() {
    }

    static Selection read(Path outDir, long budgetBytes) {
        Path dir = outDir.resolve("charts");
        if (!Files.isDirectory(dir)) {
            return new Selection(List.of(), 0);
        }
        try {
            Map<String, Path> best = smallestPerName(dir);
            List<Path> comparison = new ArrayList<>();
            List<Path> perDocument = new ArrayList<>();
            best.forEach((stem, f) -> (stem.startsWith(PER_DOCUMENT_PREFIX) ? perDocument : comparison).add(f));
            List<Figure> out = new ArrayList<>();
            long left = budgetBytes;
            int omitted = 0;
            for (Path f : comparison) {
                long size = Files.size(f);
                if (size <= left) {
                    out.add(figure(f));
                    left -= size;
                } else {
                    omitted++;
                }
            }
            long all = 0;
            for (Path f : perDocument) {
                all += Files.size(f);
            }
            if (all <= left) {
                for (Path f : perDocument) {
                    out.add(figure(f));
                }
            } else {
                omitted += perDocument.size();
            }
            return new Selection(out, omitted);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot read charts: " + e.getMessage(), e);
        }
    }

    private static Map<String, Path> smallestPerName(Path dir) throws IOException {
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
        }
        return best;
    }

    private static Figure figure(Path f) throws IOException {
        String name = f.getFileName().toString();
        String mime = name.toLowerCase(Locale.ROOT).endsWith(".svg") ? "image/svg+xml" : "image/png";
        String uri = "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(f));
        return new Figure(name.substring(0, name.length() - 4), name, mime, uri);
    }

    /** "city_heatmap_residuals" → "City heatmap residuals". */
    static String caption(String stem) {
        String s = stem.replace('_', ' ').replace('-', ' ').trim();
        return s.isEmpty() ? stem : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
