package org.policylens.rules.match;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.pack.IntensifierDef;
import org.policylens.rules.pack.RuleDef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one pass of the automaton found in a unit: term candidates, proximity terms, contexts, intensifiers. */
final class UnitScan implements AhoCorasickDoubleArrayTrie.IHitFull<Integer> {

    final List<Candidate> candidates = new ArrayList<>();
    final List<Candidate> bounded = new ArrayList<>();
    private final List<Span>[] contexts;
    private final Map<Integer, List<List<Span>>> proximity = new LinkedHashMap<>();
    private final List<Span> intensifierSpans = new ArrayList<>();
    private final List<Integer> intensifierIds = new ArrayList<>();

    private final RuleDef[] rules;
    private final int patterns;
    private final int[] pool;
    private final int[] starts;
    /** Pattern expressions one of whose required literals occurs; null until the first. */
    private boolean[] patternSeen;
    /** Occurrences of required pattern literals: (expression, start, end) triples. */
    private int[] literalHits;
    private int literalHitCount;

    @SuppressWarnings("unchecked")
    UnitScan(RuleDef[] rules, int groups, int patterns, KeyCodes codes) {
        this.rules = rules;
        this.pool = codes.pool();
        this.starts = codes.starts();
        this.patterns = patterns;
        contexts = new List[groups];
    }

    @Override
    public void hit(int begin, int end, Integer value, int key) {
        int[] code = pool;
        int i = starts[key];
        for (int n = code[i++]; n > 0; n--) candidates.add(new Candidate(code[i++], begin, end));
        for (int n = code[i++]; n > 0; n--) bounded.add(new Candidate(code[i++], begin, end));
        for (int n = code[i++]; n > 0; n--) proximity(code[i++], code[i++], begin, end);
        for (int n = code[i++]; n > 0; n--) {
            int g = code[i++];
            if (contexts[g] == null) contexts[g] = new ArrayList<>(2);
            contexts[g].add(new Span(begin, end));
        }
        for (int n = code[i++]; n > 0; n--) literal(code[i++], begin, end);
        if (code[i] >= 0) {
            intensifierSpans.add(new Span(begin, end));
            intensifierIds.add(code[i]);
        }
    }

    private void proximity(int rule, int term, int begin, int end) {
        List<List<Span>> perTerm = proximity.computeIfAbsent(rule, k -> {
            List<List<Span>> l = new ArrayList<>();
            for (int t = 0; t < rules[k].terms().size(); t++) l.add(new ArrayList<>());
            return l;
        });
        perTerm.get(term).add(new Span(begin, end));
    }

    private void literal(int p, int begin, int end) {
        if (patternSeen == null) {
            patternSeen = new boolean[patterns];
            literalHits = new int[12];
        }
        patternSeen[p] = true;
        if (literalHitCount + 3 > literalHits.length) literalHits = java.util.Arrays.copyOf(literalHits, literalHits.length * 2);
        literalHits[literalHitCount++] = p;
        literalHits[literalHitCount++] = begin;
        literalHits[literalHitCount++] = end;
    }

    boolean patternSeen(int pattern) {
        return patternSeen != null && patternSeen[pattern];
    }

    /** (expression, start, end) triples of required pattern literals, in the order found; see {@link #literalHitCount}. */
    int[] literalHits() {
        return literalHits;
    }

    int literalHitCount() {
        return literalHitCount;
    }

    List<Span> contexts(int g) {
        return contexts[g] == null ? List.of() : contexts[g];
    }

    List<List<Span>> proximity(int r) {
        return proximity.getOrDefault(r, List.of());
    }

    List<IntensifierHit> intensifierHits(List<IntensifierDef> defs) {
        List<IntensifierHit> out = new ArrayList<>();
        for (int i = 0; i < intensifierSpans.size(); i++) {
            Span s = intensifierSpans.get(i);
            boolean nested = false;
            for (Span o : intensifierSpans) {
                if (o != s && o.start() <= s.start() && s.end() <= o.end() && o.end() - o.start() > s.end() - s.start()) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                IntensifierDef d = defs.get(intensifierIds.get(i));
                out.add(new IntensifierHit(d.term(), s.start(), s.end(), d.weight()));
            }
        }
        out.sort(Comparator.comparingInt(IntensifierHit::start).thenComparingInt(IntensifierHit::end));
        return out;
    }
}
