package org.policylens.analysis.bench;

import org.policylens.analysis.cli.Sentences;
import org.policylens.analysis.cli.TextFiles;
import org.policylens.rules.Classifier;
import org.policylens.rules.RulePack;
import org.policylens.rules.text.TextNormalizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Classification throughput on a folder of .txt reports (sentences split simply, normalised once up front;
 * only {@code classify} is timed). Single thread; one warm-up pass, then the best of three passes.
 *
 * <pre>java -cp analysis/target/policylens.jar org.policylens.analysis.bench.ClassifyThroughput samples [PACK]</pre>
 */
public final class ClassifyThroughput {

    private ClassifyThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        RulePack pack = RulePack.resolve(args.length > 1 ? args[1] : RulePack.DEFAULT);
        List<String> units = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String sentence : Sentences.split(TextFiles.read(f))) units.add(TextNormalizer.normalize(sentence));
            }
        }
        long chars = units.stream().mapToLong(String::length).sum();
        Classifier c = pack.classifier();
        long sink = 0;
        for (String u : units) sink += c.classify(u).themes().size();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (String u : units) sink += c.classify(u).themes().size();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "pack %s %s: %d units, %d chars; best of 3: %.3f s = %.0f units/s, %.0f chars/s (%d)%n",
                pack.name(), pack.version(), units.size(), chars, best, units.size() / best, chars / best, sink % 10);
    }
}
