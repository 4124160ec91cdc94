package org.policylens.rules.match;

import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.RulePack;
import org.policylens.rules.pack.PackDef;
import org.policylens.rules.pack.RuleDef;
import org.policylens.rules.pack.RuleKind;
import org.policylens.rules.text.TextNormalizer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measuring tool (not a test; in this package for {@link PatternSet}): the thread CPU of each distinct pattern
 * expression's RE2/J work on every sample unit, exactly as the engine runs it (literal gate, clause windows,
 * {@link StarPrefix}), without the automaton pass, exclusions or scoring. Units are scanned once up front; each
 * round runs every expression on the units its gate lets through, expressions interleaved; best of ROUNDS.
 * <pre>
 * CP=rules/target/classes:analysis/target/classes:analysis/target/test-classes:analysis/target/policylens.jar
 * java -cp $CP org.policylens.rules.match.PatternProfile samples [ROUNDS] [TOP] [PACK.yaml]
 * </pre>
 * Columns: CPU per pass, units run (gate passed), literal occurrences, candidates found, rules, expression.
 */
public final class PatternProfile {

    private PatternProfile() {
    }

    /** One distinct expression with its own automaton (its literals only) and the units it runs on. */
    private record Expr(String pattern, List<RuleDef> rules, PatternSet set, List<String> lower, List<UnitScan> scans,
                        int hits) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        PackDef pack = (args.length > 3 ? RulePack.load(Path.of(args[3])) : RulePack.builtin()).definition();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            for (Unit u : Ingest.read(f, IngestOptions.DEFAULT).units()) texts.add(u.norm());
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        Map<String, List<RuleDef>> byRegex = new LinkedHashMap<>();
        for (RuleDef r : pack.rules()) {
            if (r.kind() == RuleKind.PATTERN) byRegex.computeIfAbsent(r.pattern(), k -> new ArrayList<>()).add(r);
        }
        List<Expr> exprs = new ArrayList<>();
        for (Map.Entry<String, List<RuleDef>> e : byRegex.entrySet()) exprs.add(expr(e.getKey(), e.getValue(), texts));

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] best = new long[exprs.size()];
        int[] found = new int[exprs.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        List<Candidate> out = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            for (int e = 0; e < exprs.size(); e++) {
                Expr x = exprs.get(e);
                int n = 0;
                long t0 = mx.getCurrentThreadCpuTime();
                for (int u = 0; u < x.lower.size(); u++) {
                    x.set.find(x.lower.get(u), x.scans.get(u), out);
                    n += out.size();
                    out.clear();
                }
                long t = mx.getCurrentThreadCpuTime() - t0;
                found[e] = n;
                if (round > 0) best[e] = Math.min(best[e], t);
            }
        }
        Integer[] order = new Integer[exprs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -best[i]).thenComparing(i -> exprs.get(i).pattern));
        long sum = Arrays.stream(best).sum();
        System.out.printf(Locale.ROOT, "%d units, %d chars, %d expressions, best of %d rounds; RE2/J work in all: %.2f ms per pass%n",
                texts.size(), chars, exprs.size(), rounds, sum / 1e6);
        for (int k = 0; k < Math.min(top, order.length); k++) {
            Expr x = exprs.get(order[k]);
            StringBuilder ids = new StringBuilder();
            for (RuleDef r : x.rules) ids.append(ids.length() == 0 ? "" : "+").append(r.id());
            String p = x.pattern.length() > 60 ? x.pattern.substring(0, 60) + "..." : x.pattern;
            System.out.printf(Locale.ROOT, "%3d %6.2f ms  units %5d  literals %5d  found %4d  %s  %s%n", k + 1,
                    best[order[k]] / 1e6, x.lower.size(), x.hits, found[order[k]] / x.rules.size(), ids, p);
        }
    }

    /** Builds the expression's {@link PatternSet} and automaton and scans every text, keeping those it runs on. */
    private static Expr expr(String pattern, List<RuleDef> rules, List<String> texts) {
        RuleDef[] array = rules.toArray(new RuleDef[0]);
        TreeMap<String, KeyUse> keys = new TreeMap<>();
        PatternSet set = new PatternSet(array, (literal, p) -> keys.computeIfAbsent(literal, k -> new KeyUse()).patterns.add(p));
        KeyAutomaton automaton = new KeyAutomaton(keys);
        List<String> lower = new ArrayList<>();
        List<UnitScan> scans = new ArrayList<>();
        int hits = 0;
        for (String t : texts) {
            UnitScan scan = new UnitScan(array, 0, 1, automaton.codes());
            boolean upper = automaton.scan(t, scan);
            if (!keys.isEmpty() && !scan.patternSeen(0)) continue; // the gate: the engine does not run it here
            lower.add(upper ? TextNormalizer.lowerAscii(t) : t);
            scans.add(scan);
            hits += scan.literalHitCount() / 3;
        }
        return new Expr(pattern, rules, set, lower, scans, hits);
    }
}
