package org.policylens.analysis.perf;

import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.segment.ChineseSegmenter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checking tool (not a test) behind the clause windows of bounded terms ({@code rules.match.WordBoundaries}):
 * segments every clause of every unit on its own (the text between the punctuation marks below, marks included)
 * and counts the word boundaries inside it that differ from the segmentation of the whole unit.
 * <pre>
 * java -cp $CP org.policylens.analysis.perf.WindowCheck samples      # 03:00 UTC: 25 of 444,040 positions differ
 * </pre>
 */
public final class WindowCheck {

    private WindowCheck() {
    }

    /** Same set as {@code WordBoundaries.isCut}. */
    static boolean cut(char c) {
        return "，。；：、！？“”（）《》".indexOf(c) >= 0;
    }

    public static void main(String[] args) throws Exception {
        ChineseSegmenter seg = ChineseSegmenter.standard();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long windows = 0;
        long positions = 0;
        long diffs = 0;
        for (Path f : files) {
            for (Unit u : Ingest.read(f, IngestOptions.DEFAULT).units()) {
                String t = u.norm();
                BitSet full = seg.boundaries(t);
                int from = 0;
                while (from < t.length()) {
                    int to = from;
                    while (to < t.length() && !cut(t.charAt(to))) to++;
                    int ws = from > 0 ? from - 1 : 0;
                    int we = Math.min(t.length(), to + 1);
                    BitSet w = seg.boundaries(t.substring(ws, we));
                    windows++;
                    for (int p = from; p <= to; p++) {
                        positions++;
                        if (full.get(p) != w.get(p - ws)) {
                            diffs++;
                            System.out.println("DIFF " + u.docId() + "#" + u.index() + " @" + p + " ["
                                    + t.substring(ws, we) + "] in " + t);
                        }
                    }
                    from = to + 1;
                }
            }
        }
        System.out.printf("%d clause windows, %d positions, %d differ from whole-unit segmentation%n",
                windows, positions, diffs);
    }
}
