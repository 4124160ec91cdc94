package org.policylens.analysis.perf;

import org.policylens.analysis.ingest.Document;
import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.segment.ChineseSegmenter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/** Experiment: do window segmentations agree with whole-unit segmentation at bounded-term candidates? */
public final class WindowCheck {
    static final String[] TERMS = {"动能", "生产", "新城", "新区", "创新", "数字"};

    static boolean punct(char c) {
        return "，。；：、！？（）“”‘’《》【】,;:!?()—…·「」".indexOf(c) >= 0;
    }

    static boolean cut(char c) {
        return "，。；：、！？“”（）《》".indexOf(c) >= 0;
    }

    /** Every clause window (clause plus the cut chars around it) against whole-unit segmentation. */
    static void everyClause(String dir, int ext) throws Exception {
        ChineseSegmenter seg = ChineseSegmenter.standard();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long windows = 0, positions = 0, diffs = 0, winNanos = 0, winChars = 0, fullNanos = 0;
        for (Path f : files) {
            for (Unit u : Ingest.read(f, IngestOptions.DEFAULT).units()) {
                String t = u.norm();
                long a0 = System.nanoTime();
                BitSet full = seg.boundaries(t);
                fullNanos += System.nanoTime() - a0;
                int from = 0;
                while (from < t.length()) {
                    int we = from;
                    while (we < t.length() && !cut(t.charAt(we))) we++;
                    int ws = from > 0 ? from - 1 : 0;
                    int wend = Math.min(t.length(), we + 1);
                    for (int k = 0; k < ext; k++) {
                        if (ws > 0) { ws--; while (ws > 0 && !cut(t.charAt(ws))) ws--; }
                        if (wend < t.length()) { while (wend < t.length() && !cut(t.charAt(wend))) wend++; if (wend < t.length()) wend++; }
                    }
                    BitSet w = seg.boundaries(t.substring(ws, wend));
                    windows++;
                    long a = System.nanoTime();
                    BitSet w2 = seg.boundaries(t.substring(ws, wend));
                    winNanos += System.nanoTime() - a;
                    winChars += wend - ws;
                    for (int p = from; p <= we; p++) {
                        positions++;
                        if (full.get(p) != w.get(p - ws)) {
                            diffs++;
                            System.out.println("DIFF " + u.docId() + "#" + u.index() + " @" + p + " [" + t.substring(ws, wend) + "] in " + t);
                        }
                    }
                    from = we + 1;
                }
            }
        }
        System.out.printf("every clause ext %d: %d windows, %d positions, %d diffs; full %.0f ms, windows %.0f ms, %d chars%n",
                ext, windows, positions, diffs, fullNanos / 1e6, winNanos / 1e6, winChars);
    }

    public static void main(String[] args) throws Exception {
        int mode = Integer.parseInt(args[1]);
        if (mode >= 9) { everyClause(args[0], mode - 9); return; }
        ChineseSegmenter seg = ChineseSegmenter.standard();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long cands = 0, diff = 0, fullChars = 0, winChars = 0, allPos = 0, allDiff = 0;
        long tFull = 0, tWin = 0;
        for (Path f : files) {
            Document d = Ingest.read(f, IngestOptions.DEFAULT);
            for (Unit u : d.units()) {
                String t = u.norm();
                boolean any = false;
                for (String term : TERMS) if (t.contains(term)) any = true;
                if (!any) continue;
                long a = System.nanoTime();
                BitSet full = seg.boundaries(t);
                tFull += System.nanoTime() - a;
                fullChars += t.length();
                for (String term : TERMS) {
                    for (int i = t.indexOf(term); i >= 0; i = t.indexOf(term, i + 1)) {
                        int s = i, e = i + term.length();
                        int ws = s, we = e;
                        while (ws > 0 && !punct(t.charAt(ws - 1))) ws--;
                        while (we < t.length() && !punct(t.charAt(we))) we++;
                        if (mode >= 1) { if (ws > 0) ws--; if (we < t.length()) we++; }
                        for (int k = 1; k < mode; k++) {
                            if (ws > 0) { ws--; while (ws > 0 && !punct(t.charAt(ws - 1))) ws--; if (ws > 0) ws--; }
                            if (we < t.length()) { while (we < t.length() && !punct(t.charAt(we))) we++; if (we < t.length()) we++; }
                        }
                        a = System.nanoTime();
                        BitSet w = seg.boundaries(t.substring(ws, we));
                        tWin += System.nanoTime() - a;
                        winChars += we - ws;
                        cands++;
                        boolean fw = full.get(s) && full.get(e);
                        boolean ww = w.get(s - ws) && w.get(e - ws);
                        if (fw != ww) {
                            diff++;
                            System.out.println("DIFF " + d.id() + "#" + u.index() + " " + term + "@" + s + " full=" + fw
                                    + " win=" + ww + " [" + t.substring(ws, we) + "] in " + t);
                        }
                        // interior boundary agreement (excluding window edges)
                        int lo = ws + (mode >= 1 && ws > 0 ? 1 : 0), hi = we - (mode >= 1 && we < t.length() ? 1 : 0);
                        for (int p = lo; p <= hi; p++) {
                            allPos++;
                            if (full.get(p) != w.get(p - ws)) allDiff++;
                        }
                    }
                }
            }
        }
        System.out.printf("mode %d: candidates %d, decision diffs %d; interior positions %d, boundary diffs %d;"
                + " chars full %d win %d; time full %.0f ms win %.0f ms%n", mode, cands, diff, allPos, allDiff,
                fullChars, winChars, tFull / 1e6, tWin / 1e6);
    }
}
