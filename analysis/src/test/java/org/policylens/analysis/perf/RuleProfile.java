package org.policylens.analysis.perf;

import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.RulePack;
import org.policylens.rules.match.MatchEngine;
import org.policylens.rules.pack.PackDef;
import org.policylens.rules.pack.RuleDef;
import org.policylens.rules.pack.RuleKind;
import org.policylens.rules.pack.ThemeDef;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Measuring tool (not a test): what each pattern, bounded and proximity rule adds to classify, measured as
 * "leave one out": the full engine's thread CPU over every sample unit minus that of the engine built from the
 * pack without the rule (without every rule listing a pattern expression, since the engine runs each distinct
 * expression once per unit). Engines interleaved, best of ROUNDS passes each (one more to warm up).
 * <pre>
 * CP=rules/target/classes:analysis/target/classes:analysis/target/test-classes:analysis/target/policylens.jar
 * java -cp $CP org.policylens.analysis.perf.RuleProfile samples [ROUNDS] [TOP] [PACK.yaml]
 * </pre>
 * A difference of two timings: below ~0.3 ms it is noise. The exact RE2/J time of each expression, without the
 * rest of the engine, is printed by {@code org.policylens.rules.match.PatternProfile}.
 */
public final class RuleProfile {

    private RuleProfile() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        PackDef pack = (args.length > 3 ? RulePack.load(Path.of(args[3])) : RulePack.builtin()).definition();
        List<Unit> units = SampleUnits.read(dir);
        long chars = units.stream().mapToLong(u -> u.norm().length()).sum();

        Map<String, List<RuleDef>> groups = new LinkedHashMap<>();
        for (RuleDef r : pack.rules()) {
            if (r.kind() == RuleKind.TERMS) continue;
            String key = r.kind() == RuleKind.PATTERN ? "pattern " + r.pattern() : "rule " + r.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<String> names = new ArrayList<>();
        List<MatchEngine> engines = new ArrayList<>();
        names.add("(full pack)");
        engines.add(new MatchEngine(pack));
        names.add("(full pack without pattern rules)");
        engines.add(new MatchEngine(without(pack, r -> r.kind() == RuleKind.PATTERN)));
        names.add("(full pack without bounded rules)");
        engines.add(new MatchEngine(without(pack, r -> r.kind() == RuleKind.BOUNDED)));
        for (List<RuleDef> g : groups.values()) {
            names.add(label(g));
            engines.add(new MatchEngine(without(pack, g::contains)));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] best = new long[engines.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        long sink = 0;
        for (int round = 0; round <= rounds; round++) {
            for (int e = 0; e < engines.size(); e++) {
                MatchEngine engine = engines.get(e);
                long t0 = mx.getCurrentThreadCpuTime();
                for (Unit u : units) sink += engine.labels(u.norm(), u.section()).evidence().size();
                long t = mx.getCurrentThreadCpuTime() - t0;
                if (round > 0) best[e] = Math.min(best[e], t); // round 0 warms up
            }
        }
        long full = best[0];
        Integer[] order = new Integer[engines.size() - 3];
        for (int i = 0; i < order.length; i++) order[i] = i + 3;
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> best[i]).thenComparing(names::get));
        System.out.printf(Locale.ROOT, "%d units, %d chars, best of %d rounds, thread CPU per pass over all units (%d)%n",
                units.size(), chars, rounds, sink % 10);
        System.out.printf(Locale.ROOT, "  full pack %.1f ms (%.1f ns/char); without pattern rules %.1f ms; without bounded rules %.1f ms%n",
                full / 1e6, full / (double) chars, best[1] / 1e6, best[2] / 1e6);
        for (int k = 0; k < Math.min(top, order.length); k++) {
            int i = order[k];
            System.out.printf(Locale.ROOT, "%3d %6.2f ms %5.2f ns/char  %s%n", k + 1, (full - best[i]) / 1e6,
                    (full - best[i]) / (double) chars, names.get(i));
        }
    }

    /** The rule ids of a group, its kind, and its expression (cut short) if it is a pattern. */
    private static String label(List<RuleDef> g) {
        StringBuilder sb = new StringBuilder();
        for (RuleDef r : g) sb.append(sb.length() == 0 ? "" : "+").append(r.id());
        RuleDef first = g.get(0);
        sb.append("  [").append(first.kind().name().toLowerCase(Locale.ROOT)).append(']');
        if (first.kind() == RuleKind.PATTERN) {
            String p = first.pattern();
            sb.append(' ').append(p.length() > 60 ? p.substring(0, 60) + "..." : p);
        }
        return sb.toString();
    }

    /** {@code pack} without the rules {@code drop} accepts. */
    private static PackDef without(PackDef pack, Predicate<RuleDef> drop) {
        List<ThemeDef> themes = new ArrayList<>();
        for (ThemeDef t : pack.themes()) {
            themes.add(new ThemeDef(t.theme(), t.threshold(), t.rules().stream().filter(drop.negate()).toList(), t.note(), t.location()));
        }
        return new PackDef(pack.name(), pack.version(), pack.language(), pack.description(), pack.threshold(),
                pack.secondaryRatio(), pack.secondaryKeepWeight(), pack.secondaryKeepScore(), pack.secondaryKeepFloor(), pack.primaryClauseVotes(),
                themes, pack.exclusions(), pack.headings(), pack.intensifiers(), List.of(), pack.sources(), pack.sha256());
    }
}
