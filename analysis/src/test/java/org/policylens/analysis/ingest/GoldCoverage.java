package org.policylens.analysis.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measuring tool (not a test): how many labelled sentences of a gold TSV (columns id, file, index, text, ...)
 * survive cleaning and splitting of the sample they come from.
 *
 * <pre>
 * ./mvnw -B -q -o -pl analysis -am test-compile package -DskipTests
 * java -cp analysis/target/policylens.jar:analysis/target/test-classes \
 *     org.policylens.analysis.ingest.GoldCoverage ../shared/gold/dev.tsv samples
 * </pre>
 * Prints: sentences kept (text found in the document's units, white space and full-width forms ignored),
 * sentences that are exactly one unit, and each miss.
 */
public final class GoldCoverage {

    private GoldCoverage() {
    }

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path samples = Path.of(args[1]);
        Map<String, Document> docs = new HashMap<>();
        int total = 0;
        int kept = 0;
        int exact = 0;
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        Map<String, Set<String>> unitSets = new HashMap<>();
        Map<String, String> joined = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String file = f[1];
            String text = compact(f[3]);
            Document doc = docs.computeIfAbsent(file, k -> Ingest.read(samples.resolve(k), IngestOptions.DEFAULT));
            Set<String> units = unitSets.computeIfAbsent(file, k -> {
                Set<String> s = new HashSet<>();
                for (Unit u : doc.units()) s.add(compact(u.norm()));
                return s;
            });
            String all = joined.computeIfAbsent(file, k -> {
                StringBuilder sb = new StringBuilder();
                for (Unit u : doc.units()) sb.append(compact(u.norm())).append('\u0001');
                return sb.toString();
            });
            total++;
            boolean isKept = all.contains(text) || containsAcrossUnits(all, text);
            if (isKept) kept++;
            if (units.contains(text)) exact++;
            if (!isKept) System.out.println("DROPPED\t" + file + "\t" + f[3]);
            else if (!units.contains(text)) System.out.println("SPLIT-DIFF\t" + file + "\t" + f[3]);
        }
        System.out.printf(Locale.ROOT, "gold sentences: %d%nkept after cleaning: %d (%.1f%%)%nexactly one unit: %d (%.1f%%)%n",
                total, kept, 100.0 * kept / total, exact, 100.0 * exact / total);
    }

    private static boolean containsAcrossUnits(String all, String text) {
        return all.replace("\u0001", "").contains(text);
    }

    private static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Normalizer.foldChar(s.charAt(i));
            if (!Chars.blank(c)) sb.append(c);
        }
        return sb.toString();
    }
}
