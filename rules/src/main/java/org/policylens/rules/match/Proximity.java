package org.policylens.rules.match;

import org.policylens.rules.pack.RuleDef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds proximity matches: one occurrence of every term within {@code within} chars (first start to last
 * end), optionally in the listed order. Windows are taken left to right and do not overlap.
 */
final class Proximity {

    private Proximity() {
    }

    static void find(int rule, RuleDef def, List<List<Span>> occurrences, List<Candidate> out) {
        int k = def.terms().size();
        if (occurrences.size() != k) return;
        List<List<Span>> occ = new ArrayList<>(k);
        for (List<Span> l : occurrences) {
            if (l.isEmpty()) return;
            List<Span> sorted = new ArrayList<>(l);
            sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
            occ.add(sorted);
        }
        List<int[]> anchors = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            if (def.ordered() && t > 0) break;
            for (int i = 0; i < occ.get(t).size(); i++) anchors.add(new int[]{t, i});
        }
        anchors.sort(Comparator.comparingInt((int[] a) -> occ.get(a[0]).get(a[1]).start())
                .thenComparingInt(a -> occ.get(a[0]).get(a[1]).end()).thenComparingInt(a -> a[0]));
        int minStart = 0;
        for (int[] a : anchors) {
            Span anchor = occ.get(a[0]).get(a[1]);
            if (anchor.start() < minStart) continue;
            int end = anchor.end();
            int prevEnd = anchor.end();
            boolean ok = true;
            for (int t = 0; t < k && ok; t++) {
                if (t == a[0]) continue;
                int from = def.ordered() ? prevEnd : anchor.start();
                Span s = earliestFrom(occ.get(t), from, anchor);
                if (s == null) {
                    ok = false;
                } else {
                    prevEnd = s.end();
                    end = Math.max(end, s.end());
                }
            }
            if (ok && end - anchor.start() <= def.within()) {
                out.add(new Candidate(rule, anchor.start(), end));
                minStart = end;
            }
        }
    }

    private static Span earliestFrom(List<Span> spans, int from, Span anchor) {
        for (Span s : spans) {
            if (s.start() >= from && !(s.start() == anchor.start() && s.end() == anchor.end())) return s;
        }
        return null;
    }
}
