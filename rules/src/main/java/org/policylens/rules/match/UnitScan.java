package org.policylens.rules.match;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.pack.IntensifierDef;
import org.policylens.rules.pack.RuleDef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one pass of the automaton found in a unit: term candidates, proximity terms, contexts, intensifiers. */
final class UnitScan implements AhoCorasickDoubleArrayTrie.IHitFull<Object> {

    final List<Candidate> candidates = new ArrayList<>();
    final List<Candidate> bounded = new ArrayList<>();
    /** Context occurrences per exclusion group; null until the first context (most units have none). */
    private List<Span>[] contexts;
    private final int groups;
    /** The groups with a context in the unit (see {@link #contextGroups()}). */
    private int[] contextGroups = new int[8];
    private int contextGroupCount;
    private boolean contextGroupsSorted = true;
    private Map<Integer, List<List<Span>>> proximity;
    /** Intensifier occurrences: (intensifier index, start, end) triples. */
    private int[] intensifierHits;
    private int intensifierHitCount;

    private final RuleDef[] rules;
    private final int patterns;
    private final int[] pool;
    private final int[] starts;
    /** Pattern expressions one of whose required literals occurs; null until the first. */
    private boolean[] patternSeen;
    /** Occurrences of required pattern literals: (expression, start, end) triples. */
    private int[] literalHits;
    private int literalHitCount;

    /** Arrays of an earlier unit, cleared, taken again instead of new ones when this scan is reused ({@link #reset}). */
    private List<Span>[] spareContexts;
    private boolean[] sparePatternSeen;
    private int[] spareLiteralHits;
    /** The kept candidates of the fast path ({@code MatchEngine.withoutNested}), reused from unit to unit. */
    final List<Candidate> kept = new ArrayList<>();
    /** Pattern windows of {@code PatternSet.findInClauses}, (start, end) pairs; reused (contents undefined between calls). */
    int[] windows = new int[8];
    /** Per-theme arrays of {@code MatchEngine.decide}'s fast path, made by {@link #themeScratch}; contents undefined. */
    double[] strongest;
    int[] first;
    boolean[] set;

    /** Whether the scan is in use (a reused scan is taken only when not). */
    boolean busy;

    @SuppressWarnings("unchecked")
    UnitScan(RuleDef[] rules, int groups, int patterns, KeyCodes codes) {
        this.rules = rules;
        this.pool = codes.pool();
        this.starts = codes.starts();
        this.patterns = patterns;
        this.groups = groups;
    }

    /** Makes the per-theme arrays ({@link #strongest}, {@link #first}, {@link #set}) for {@code themes} themes. */
    void themeScratch(int themes) {
        if (set == null || set.length != themes) {
            strongest = new double[themes];
            first = new int[themes];
            set = new boolean[themes];
        }
    }

    @Override
    public void hit(int begin, int end, Object value, int key) { // value unread: no cast, no load
        int[] code = pool;
        int i = starts[key];
        for (int n = code[i++]; n > 0; n--) candidates.add(new Candidate(code[i++], begin, end));
        for (int n = code[i++]; n > 0; n--) bounded.add(new Candidate(code[i++], begin, end));
        for (int n = code[i++]; n > 0; n--) proximity(code[i++], code[i++], begin, end);
        for (int n = code[i++]; n > 0; n--) {
            int g = code[i++];
            if (contexts == null) contexts = newContexts(groups);
            if (contexts[g] == null) {
                contexts[g] = new ArrayList<>(2);
                if (contextGroupCount == contextGroups.length) contextGroups = java.util.Arrays.copyOf(contextGroups, contextGroupCount * 2);
                contextGroups[contextGroupCount++] = g;
                contextGroupsSorted = false;
            }
            contexts[g].add(new Span(begin, end));
        }
        for (int n = code[i++]; n > 0; n--) literal(code[i++], begin, end);
        if (code[i] >= 0) {
            if (intensifierHits == null) intensifierHits = new int[6];
            if (intensifierHitCount + 3 > intensifierHits.length)
                intensifierHits = java.util.Arrays.copyOf(intensifierHits, intensifierHits.length * 2);
            intensifierHits[intensifierHitCount++] = code[i];
            intensifierHits[intensifierHitCount++] = begin;
            intensifierHits[intensifierHitCount++] = end;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Span>[] newContexts(int groups) {
        List<Span>[] spare = spareContexts;
        if (spare != null) {
            spareContexts = null;
            return spare; // cleared by reset
        }
        return new List[groups];
    }

    /**
     * Makes this scan as a new one for the same pack (what the constructor leaves), keeping its lists' capacity and
     * its arrays for the next unit.
     */
    void reset() {
        candidates.clear();
        bounded.clear();
        if (contexts != null) {
            clearContexts(contexts, contextGroups, contextGroupCount);
            spareContexts = contexts;
            contexts = null;
        }
        contextGroupCount = 0;
        contextGroupsSorted = true;
        proximity = null;
        intensifierHitCount = 0;
        if (patternSeen != null) {
            clearPatternSeen(patternSeen, literalHits, literalHitCount);
            sparePatternSeen = patternSeen;
            spareLiteralHits = literalHits;
            patternSeen = null;
            literalHits = null;
        }
        literalHitCount = 0;
    }

    /**
     * Sets back to null the entries of {@code contexts} that the unit set: those of the first {@code count} groups of
     * {@code groups} (every group given a list is recorded there). Not {@code Arrays.fill} over all groups: fewer
     * stores, and C2 threw away {@code MatchEngine.evaluate} (60 KB of code, with the fill inlined) on a failed
     * profile predicate and an array-store check of the fill loop, and compiled it again.
     */
    static void clearContexts(List<Span>[] contexts, int[] groups, int count) {
        for (int k = 0; k < count; k++) contexts[groups[k]] = null;
    }

    /** Sets back to false the entries of {@code seen} that the unit set: the expressions of its literal hits (triples). */
    static void clearPatternSeen(boolean[] seen, int[] literalHits, int count) {
        for (int i = 0; i < count; i += 3) seen[literalHits[i]] = false;
    }

    private void proximity(int rule, int term, int begin, int end) {
        if (proximity == null) proximity = new LinkedHashMap<>();
        List<List<Span>> perTerm = proximity.computeIfAbsent(rule, k -> {
            List<List<Span>> l = new ArrayList<>();
            for (int t = 0; t < rules[k].terms().size(); t++) l.add(new ArrayList<>());
            return l;
        });
        perTerm.get(term).add(new Span(begin, end));
    }

    private void literal(int p, int begin, int end) {
        if (patternSeen == null) {
            if (sparePatternSeen != null) { // cleared by reset
                patternSeen = sparePatternSeen;
                literalHits = spareLiteralHits;
                sparePatternSeen = null;
                spareLiteralHits = null;
            } else {
                patternSeen = new boolean[patterns];
                literalHits = new int[12];
            }
        }
        patternSeen[p] = true;
        if (literalHitCount + 3 > literalHits.length) literalHits = java.util.Arrays.copyOf(literalHits, literalHits.length * 2);
        literalHits[literalHitCount++] = p;
        literalHits[literalHitCount++] = begin;
        literalHits[literalHitCount++] = end;
    }

    /**
     * Sorts by start, then end, keeping the order of equal hits: what {@code list.sort(Comparator.comparingInt(start)
     * .thenComparingInt(end))} (a stable sort) gives, by insertion (a unit has a few hits), without comparator calls.
     */
    static void sortByStartThenEnd(List<IntensifierHit> list) {
        for (int i = 1; i < list.size(); i++) {
            IntensifierHit x = list.get(i);
            int j = i;
            while (j > 0) {
                IntensifierHit y = list.get(j - 1);
                if (y.start() < x.start() || (y.start() == x.start() && y.end() <= x.end())) break;
                list.set(j, y);
                j--;
            }
            list.set(j, x);
        }
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
        return contexts == null || contexts[g] == null ? List.of() : contexts[g];
    }

    /**
     * The exclusion groups with a context in the unit, ascending, in the first {@link #contextGroupCount} entries of
     * the array (the scan's own: read, do not change).
     */
    int[] contextGroups() {
        if (!contextGroupsSorted) {
            int[] a = contextGroups;
            for (int i = 1; i < contextGroupCount; i++) { // a few groups: by insertion
                int x = a[i];
                int j = i;
                while (j > 0 && a[j - 1] > x) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = x;
            }
            contextGroupsSorted = true;
        }
        return contextGroups;
    }

    int contextGroupCount() {
        return contextGroupCount;
    }

    /** Whether any exclusion context occurs in the unit (if not, no exclusion can cancel anything). */
    boolean hasContexts() {
        return contexts != null;
    }

    List<List<Span>> proximity(int r) {
        return proximity == null ? List.of() : proximity.getOrDefault(r, List.of());
    }

    /** The intensifier occurrences not inside a longer one, by start then end; an immutable list. */
    List<IntensifierHit> intensifierHits(List<IntensifierDef> defs) {
        if (intensifierHitCount == 0) return List.of();
        int[] h = intensifierHits;
        List<IntensifierHit> out = new ArrayList<>(intensifierHitCount / 3);
        for (int i = 0; i < intensifierHitCount; i += 3) {
            int s = h[i + 1];
            int e = h[i + 2];
            boolean nested = false;
            for (int j = 0; j < intensifierHitCount; j += 3) {
                if (j != i && h[j + 1] <= s && e <= h[j + 2] && h[j + 2] - h[j + 1] > e - s) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                IntensifierDef d = defs.get(h[i]);
                out.add(new IntensifierHit(d.term(), s, e, d.weight()));
            }
        }
        if (out.size() > 1) sortByStartThenEnd(out);
        return switch (out.size()) { // the lists List.copyOf makes, without its intermediate array copies
            case 0 -> List.of();
            case 1 -> List.of(out.get(0));
            case 2 -> List.of(out.get(0), out.get(1));
            default -> List.copyOf(out);
        };
    }
}
