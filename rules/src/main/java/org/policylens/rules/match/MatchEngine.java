package org.policylens.rules.match;

import org.policylens.rules.Explanation;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;
import org.policylens.rules.ThemeScores;
import org.policylens.rules.pack.ExclusionDef;
import org.policylens.rules.pack.HeadingDef;
import org.policylens.rules.pack.IntensifierDef;
import org.policylens.rules.pack.PackDef;
import org.policylens.rules.pack.RuleDef;
import org.policylens.rules.pack.RuleKind;
import org.policylens.rules.pack.ThemeDef;
import org.policylens.rules.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The matching and scoring pipeline of CONTRACT ("Matching/scoring semantics"), compiled once from a
 * {@link PackDef}: one Aho-Corasick automaton ({@link KeyAutomaton}) holds every term, proximity term, exclusion
 * context, intensifier and pattern literal, so a unit is scanned once; patterns run with RE2/J only where their
 * literals occur ({@link PatternSet}); a clause is segmented only when a bounded-term candidate that can still
 * count lies in it. Immutable and thread-safe.
 *
 * <p>Speed changes must keep every output identical: {@code PerfHarness dump} (analysis tests) and
 * {@code org.policylens.rules.tools.ExampleDump} (rules tests) print labels, evidence, intensifiers and drops of
 * every sample unit and pack example; compare the dumps before and after with {@code cmp}.
 */
public final class MatchEngine {

    static final double EPS = 1e-9;

    private final List<ThemeDef> themes;
    private final String[] themeIds;
    private final double[] themeThreshold;
    private final ThemeSets themeSets;
    private final ThemeScores.Layout scoreLayout;
    /** Indexes of the proximity rules. */
    private final int[] proximityRules;
    private final RuleDef[] rules;
    private final int[] ruleTheme;
    private final PatternSet patterns;
    private final Exclusions exclusions;
    private final int groupCount;
    private final List<IntensifierDef> intensifiers;
    private final List<HeadingDef> headings;
    private final KeyAutomaton automaton;
    /** The keys, to share as match texts instead of copying each slice. */
    private final SharedTexts sharedTexts;
    /**
     * One scan per thread, reset for each unit: its lists and arrays are reused instead of allocated per unit. Nothing
     * of a scan outlives {@link #evaluate} (labels and explanations copy what they keep).
     */
    private final ThreadLocal<UnitScan> scans = new ThreadLocal<>() {
        @Override
        protected UnitScan initialValue() {
            return newScan();
        }
    };
    private final boolean hasBounded;
    private final HeadingPriors headingPriors;
    /** A non-primary theme needs at least this share of the primary's score (0 = off). */
    private final double secondaryRatio;
    private final double secondaryKeepWeight;
    /** A non-primary theme with at least this score (and {@link #secondaryKeepFloor} of the primary's) stays in. */
    private final double secondaryKeepScore;
    private final double secondaryKeepFloor;
    /** Each clause won adds this share of the top score to a theme's claim on the primary (0 = off). */
    private final double primaryClauseVotes;

    public MatchEngine(PackDef pack) {
        Objects.requireNonNull(pack, "pack");
        this.themes = pack.themes();
        // loops, not streams and lambdas, here and below: each lambda is a class spun at start-up (round 15)
        this.themeIds = new String[themes.size()];
        this.themeThreshold = new double[themes.size()];
        for (int t = 0; t < themes.size(); t++) {
            themeIds[t] = themes.get(t).id();
            themeThreshold[t] = themes.get(t).threshold();
        }
        this.themeSets = new ThemeSets(themeIds);
        this.scoreLayout = ThemeScores.layout(themeIds);
        this.secondaryRatio = pack.secondaryRatio();
        this.secondaryKeepWeight = pack.secondaryKeepWeight();
        this.secondaryKeepScore = pack.secondaryKeepScore();
        this.secondaryKeepFloor = pack.secondaryKeepFloor();
        this.primaryClauseVotes = pack.primaryClauseVotes();
        List<RuleDef> all = pack.rules();
        this.rules = all.toArray(new RuleDef[0]);
        this.ruleTheme = new int[rules.length];
        int proximity = 0;
        for (RuleDef rule : rules) if (rule.kind() == RuleKind.PROXIMITY) proximity++;
        this.proximityRules = new int[proximity];
        proximity = 0;
        for (int r = 0; r < rules.length; r++) if (rules[r].kind() == RuleKind.PROXIMITY) proximityRules[proximity++] = r;
        int[] ruleExcludeGroup = new int[rules.length]; // context group of each rule's own exclude, or -1
        Map<String, Integer> themeIndex = new LinkedHashMap<>();
        for (int i = 0; i < themes.size(); i++) themeIndex.put(themes.get(i).id(), i);
        TreeMap<String, KeyUse> keys = new TreeMap<>();
        int groups = 0;
        boolean bounded = false;
        for (int r = 0; r < rules.length; r++) {
            RuleDef rule = rules[r];
            ruleTheme[r] = themeIndex.get(rule.theme());
            switch (rule.kind()) {
                case TERMS -> {
                    for (String t : rule.terms()) use(keys, t).termRules.add(r);
                }
                case BOUNDED -> {
                    bounded = true;
                    for (String t : rule.terms()) use(keys, t).boundedRules.add(r);
                }
                case PATTERN -> {
                } // see PatternSet below
                case PROXIMITY -> {
                    for (int k = 0; k < rule.terms().size(); k++) use(keys, rule.terms().get(k)).proximitySlots.add(new int[]{r, k});
                }
            }
            if (rule.exclude().isEmpty()) {
                ruleExcludeGroup[r] = -1;
            } else {
                int g = groups++;
                ruleExcludeGroup[r] = g;
                for (String c : rule.exclude()) use(keys, c).contextGroups.add(g);
            }
        }
        List<List<ExclusionDef>> themeExclusions = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) themeExclusions.add(new ArrayList<>());
        Map<String, Integer> exclusionGroup = new LinkedHashMap<>();
        for (ExclusionDef e : pack.exclusions()) {
            int g = groups++;
            exclusionGroup.put(e.id(), g);
            themeExclusions.get(themeIndex.get(e.theme())).add(e);
            for (String c : e.contexts()) use(keys, c).contextGroups.add(g);
        }
        this.groupCount = groups;
        this.patterns = new PatternSet(rules, new PatternLiterals(keys)); // found in the same pass
        List<int[]> themeExclusionGroups = new ArrayList<>();
        for (List<ExclusionDef> list : themeExclusions) {
            int[] ids = new int[list.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = exclusionGroup.get(list.get(i).id());
            themeExclusionGroups.add(ids);
        }
        this.exclusions = new Exclusions(ruleExcludeGroup, ruleTheme, themeExclusions, themeExclusionGroups);
        this.intensifiers = pack.intensifiers();
        for (int i = 0; i < intensifiers.size(); i++) {
            KeyUse u = use(keys, intensifiers.get(i).term());
            if (u.intensifier < 0) u.intensifier = i;
        }
        this.headings = pack.headings();
        this.headingPriors = new HeadingPriors(themes, headings);
        this.hasBounded = bounded;
        this.automaton = new KeyAutomaton(keys);
        this.sharedTexts = new SharedTexts(keys.keySet());
    }

    private static KeyUse use(TreeMap<String, KeyUse> keys, String key) {
        KeyUse u = keys.get(key);
        if (u == null) keys.put(key, u = new KeyUse());
        return u;
    }

    /** Each required literal of a pattern expression becomes an automaton key that gates it. */
    private static final class PatternLiterals implements java.util.function.ObjIntConsumer<String> {
        private final TreeMap<String, KeyUse> keys;

        PatternLiterals(TreeMap<String, KeyUse> keys) {
            this.keys = keys;
        }

        @Override
        public void accept(String literal, int p) {
            use(keys, literal).patterns.add(p);
        }
    }

    /** Classifies {@code text} (already normalised) under the heading path {@code section}, with the reasons. */
    public Explanation run(String text, List<String> section) {
        List<Explanation.Dropped> dropped = new ArrayList<>();
        Verdict v = new Verdict();
        v.labels = evaluate(text, section, dropped, v);
        dropped.sort(Comparator.comparingInt((Explanation.Dropped d) -> d.match().start())
                .thenComparingInt(d -> d.match().end()).thenComparing(d -> d.match().ruleId()));
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, Double> priors = new LinkedHashMap<>();
        for (int t = 0; t < themes.size(); t++) {
            thresholds.put(themes.get(t).id(), themes.get(t).threshold());
            priors.put(themes.get(t).id(), v.prior[t]);
        }
        String decision = Decision.describe(themes, v.labels.themes(), v.primary, v.score, v.first, secondaryRatio, secondaryKeepWeight,
                secondaryKeepScore, secondaryKeepFloor, v.votes, primaryClauseVotes);
        return new Explanation(text, v.labels, thresholds, priors, dropped, decision);
    }

    /** Same labels as {@link #run}, without collecting the reasons (the fast path of {@code classify}). */
    public Labels labels(String text, List<String> section) {
        return evaluate(text, section, null, null);
    }

    /**
     * The labels; when explaining ({@code verdict} not null, and {@code dropped}), the numbers behind them go to
     * {@code verdict} and {@code dropped} collects cancelled matches.
     */
    private Labels evaluate(String text, List<String> section, List<Explanation.Dropped> dropped, Verdict verdict) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        UnitScan scan = scans.get();
        if (scan.busy) scan = newScan(); // re-entered on this thread: a scan of its own
        else scan.reset();
        scan.busy = true;
        try {
            return evaluate(text, section, dropped, verdict, scan);
        } finally {
            scan.busy = false;
        }
    }

    private UnitScan newScan() {
        return new UnitScan(rules, groupCount, patterns.size(), automaton.codes());
    }

    private Labels evaluate(String text, List<String> section, List<Explanation.Dropped> dropped, Verdict verdict,
                            UnitScan scan) {
        String lower = automaton.scan(text, scan) ? TextNormalizer.lowerAscii(text) : text;
        List<Candidate> cands = scan.candidates;
        boolean bounded = hasBounded && !scan.bounded.isEmpty();
        if (bounded && dropped != null) { // explaining: every candidate is checked, so each drop has its reason
            WordBoundaries boundary = new WordBoundaries(text);
            for (Candidate c : scan.bounded) {
                if (boundary.isWord(c.start(), c.end())) cands.add(c);
                else dropped.add(new Explanation.Dropped(match(c, text), Explanation.Reason.NOT_A_WORD,
                        "not aligned with word boundaries"));
            }
            bounded = false;
        }
        patterns.find(lower, scan, cands);
        for (int r : proximityRules) Proximity.find(r, rules[r], scan.proximity(r), cands);
        List<Candidate> survivors = exclusions.apply(cands, scan, lower, dropped, dropped == null ? null : c -> match(c, text));
        if (bounded) addEach(survivors, boundedSurvivors(scan.bounded, survivors, scan, text, lower));
        List<Candidate> kept = dropped == null && survivors.size() <= NESTED_SCAN_MAX
                ? withoutNested(survivors, scan.kept) : suppressNested(survivors, text, dropped);
        if (kept.size() > 1) sort(kept, Candidate.BY_POSITION);
        return decide(text, section, kept, scan, verdict);
    }

    /** {@code to.addAll(from)} without {@code addAll}'s copy of {@code from} into a new array (lists of a few). */
    private static void addEach(List<Candidate> to, List<Candidate> from) {
        for (int i = 0, n = from.size(); i < n; i++) to.add(from.get(i));
    }

    /** Up to this many candidates, {@link #withoutNested} (no sort) replaces {@link #suppressNested}. */
    static final int NESTED_SCAN_MAX = 48;

    /**
     * Rule 4 (nesting) without sorting, for the fast path: the candidates of {@code cands} that {@link #suppressNested}
     * keeps, in their order in {@code cands}, put into {@code out} (cleared first). {@code suppressNested} visits the
     * candidates longest first (then by start, then rule, equal ones in list order) and drops one inside an
     * already kept candidate of its theme. That drops exactly the candidates that lie inside some candidate of their
     * theme visited before them: the first such container is itself kept (anything holding it would hold the
     * candidate too and come even earlier). So each candidate is tested against all others, with no order needed.
     */
    List<Candidate> withoutNested(List<Candidate> cands, List<Candidate> out) {
        out.clear();
        int n = cands.size();
        if (n <= 1) { // not addAll: its toArray copy cost more than the rest of the step
            if (n == 1) out.add(cands.get(0));
            return out;
        }
        for (int i = 0; i < n; i++) {
            Candidate c = cands.get(i);
            int theme = ruleTheme[c.rule()];
            boolean nested = false;
            for (int j = 0; j < n && !nested; j++) {
                if (j == i) continue;
                Candidate d = cands.get(j);
                if (d.start() > c.start() || d.end() < c.end() || ruleTheme[d.rule()] != theme) continue;
                // d holds c; is d visited first? Longer first; same span: lower rule, then earlier in the list
                nested = d.length() > c.length() || d.rule() < c.rule() || (d.rule() == c.rule() && j < i);
            }
            if (!nested) out.add(c);
        }
        return out;
    }

    /**
     * The bounded candidates that are words and survive the exclusions, segmenting only where it can matter:
     * a candidate inside a longer surviving match of its theme is dropped by rule 4 whether it is a word or
     * not (and anything it would swallow lies inside that longer match too), so it is left out unsegmented.
     */
    private List<Candidate> boundedSurvivors(List<Candidate> bounded, List<Candidate> survivors, UnitScan scan,
                                             String text, String lower) {
        List<Candidate> open = new ArrayList<>(bounded.size());
        for (Candidate c : bounded) {
            if (!insideLonger(c, survivors)) open.add(c);
        }
        if (open.isEmpty()) return open;
        List<Candidate> words = exclusions.apply(open, scan, lower, null, null); // cheap: before segmenting
        if (words.isEmpty()) return words;
        WordBoundaries boundary = new WordBoundaries(text);
        int kept = 0; // removeIf of the non-words, as a loop (no lambda per unit)
        for (int i = 0, n = words.size(); i < n; i++) {
            Candidate c = words.get(i);
            if (boundary.isWord(c.start(), c.end())) words.set(kept++, c);
        }
        words.subList(kept, words.size()).clear();
        return words;
    }

    private boolean insideLonger(Candidate c, List<Candidate> others) {
        for (Candidate o : others) {
            if (o.length() > c.length() && c.inside(o) && ruleTheme[o.rule()] == ruleTheme[c.rule()]) return true;
        }
        return false;
    }

    /** Rule 4 (nesting); sorts {@code cands} (the caller's own list) in place. */
    List<Candidate> suppressNested(List<Candidate> cands, String text, List<Explanation.Dropped> dropped) {
        if (cands.size() <= 1) return cands;
        List<Candidate> sorted = cands;
        sort(sorted, Candidate.LONGEST_FIRST);
        List<Candidate> kept = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            Candidate outer = null;
            for (int j = 0; j < kept.size(); j++) {
                Candidate k = kept.get(j);
                if (ruleTheme[k.rule()] == ruleTheme[c.rule()] && c.inside(k)) {
                    outer = k;
                    break;
                }
            }
            if (outer == null) {
                kept.add(c);
            } else if (dropped != null) {
                dropped.add(new Explanation.Dropped(match(c, text), Explanation.Reason.NESTED,
                        "inside " + rules[outer.rule()].id() + " '" + text.substring(outer.start(), outer.end())
                                + "' at " + outer.start() + "-" + outer.end()));
            }
        }
        return kept;
    }

    /**
     * Sorts {@code list} by {@code order} (a total order on candidate values, so any sort gives the same list):
     * by insertion when short, as most units' lists are, else {@code List.sort}.
     */
    static void sort(List<Candidate> list, Comparator<Candidate> order) {
        int n = list.size();
        if (n > 24) {
            list.sort(order);
            return;
        }
        for (int i = 1; i < n; i++) {
            Candidate x = list.get(i);
            int j = i;
            while (j > 0) {
                Candidate y = list.get(j - 1);
                if (order.compare(y, x) <= 0) break;
                list.set(j, y);
                j--;
            }
            list.set(j, x);
        }
    }

    private Match match(Candidate c, String text) {
        RuleDef r = rules[c.rule()];
        return new Match(r.id(), r.theme(), c.start(), c.end(), sharedTexts.slice(text, c.start(), c.end()), r.weight());
    }

    /**
     * The labels of the kept candidates. Without {@code verdict} (the fast path) the per-theme arrays other than the
     * scores are the scan's, reused from unit to unit (the theme list is a shared one), and the scores array becomes
     * the labels' own; with it, new arrays that {@code verdict} keeps for an explanation.
     */
    private Labels decide(String text, List<String> section, List<Candidate> kept, UnitScan scan, Verdict verdict) {
        int n = themes.size();
        double[] score = new double[n];
        int[] first;
        double[] strongest;
        boolean[] set;
        if (verdict == null) {
            scan.themeScratch(n);
            strongest = scan.strongest;
            first = scan.first;
            set = scan.set;
            java.util.Arrays.fill(strongest, 0);
            java.util.Arrays.fill(set, false);
        } else {
            first = new int[n];
            strongest = new double[n];
            set = new boolean[n];
        }
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        int m = kept.size();
        Match[] evidence = m > 2 ? new Match[m] : null; // up to two: List.of(a, b) needs no array
        Match e0 = null;
        Match e1 = null;
        for (int i = 0; i < m; i++) {
            Candidate c = kept.get(i);
            int t = ruleTheme[c.rule()];
            score[t] += rules[c.rule()].weight();
            strongest[t] = Math.max(strongest[t], rules[c.rule()].weight());
            first[t] = Math.min(first[t], c.start());
            Match x = match(c, text);
            if (evidence != null) evidence[i] = x;
            else if (i == 0) e0 = x;
            else e1 = x;
        }
        List<Match> evidenceList = switch (m) { // the lists List.of(evidence) gives, without the array for 1 or 2
            case 0 -> List.of();
            case 1 -> List.of(e0);
            case 2 -> List.of(e0, e1);
            default -> List.of(evidence);
        };
        double[] prior = headingPriors.of(section);
        int primary = -1;
        for (int t = 0; t < n; t++) {
            double x = score[t] + prior[t];
            score[t] = x == 0 ? 0.0 : Math.round(x * 1e9) / 1e9; // no float noise: 2.5 + 0.4 = 2.9 (0 or -0: 0.0 as round gives)
            if (score[t] >= themeThreshold[t] - EPS) {
                set[t] = true;
                if (primary < 0 || score[t] > score[primary] + EPS
                        || (Math.abs(score[t] - score[primary]) <= EPS && first[t] < first[primary])) primary = t;
            }
        }
        if (secondaryRatio > 0 && primary >= 0) { // weak second themes (passing mentions) stay out of the set
            double floor = secondaryRatio * score[primary] - EPS;
            for (int t = 0; t < n; t++) {
                boolean strong = secondaryKeepWeight > 0 && strongest[t] >= secondaryKeepWeight - EPS;
                boolean sizable = secondaryKeepScore > 0 && score[t] >= secondaryKeepScore - EPS
                        && score[t] >= secondaryKeepFloor * score[primary] - EPS;
                set[t] = score[t] >= themeThreshold[t] - EPS && (score[t] >= floor || strong || sizable);
            }
        }
        double[] votes = null;
        if (primaryClauseVotes > 0 && primary >= 0 && ClauseVotes.multiple(set)) {
            votes = ClauseVotes.count(text, kept, ruleTheme, rules, set);
            primary = ClauseVotes.primary(score, first, set, votes, primaryClauseVotes * score[primary]);
        }
        List<IntensifierHit> hits = scan.intensifierHits(intensifiers);
        double intensity = intensity(hits);
        ThemeScores scores = verdict == null ? scoreLayout.scoresOwning(score) : scoreLayout.scores(score);
        Labels labels = new Labels(themeSets.of(set), primary < 0 ? Labels.NONE_ID : themeIds[primary], scores,
                evidenceList, hits, intensity);
        if (verdict != null) {
            verdict.score = score;
            verdict.first = first;
            verdict.prior = prior;
            verdict.primary = primary;
            verdict.votes = votes;
        }
        return labels;
    }

    /**
     * The sum of the hits' weights, bit for bit what {@code hits.stream().mapToDouble(IntensifierHit::weight).sum()}
     * gives (JDK 17's {@code DoublePipeline.sum}: Kahan summation in {@code Collectors.sumWithCompensation}, the
     * simple sum kept for an infinite result, {@code Collectors.computeFinalSum}), without building a stream per unit.
     */
    static double intensity(List<IntensifierHit> hits) {
        if (hits.isEmpty()) return 0;
        double sum = 0;          // intermediateSum[0]
        double compensation = 0; // intermediateSum[1]
        double simple = 0;       // intermediateSum[2]
        for (int i = 0, n = hits.size(); i < n; i++) {
            double w = hits.get(i).weight();
            double tmp = w - compensation;
            double velvel = sum + tmp;
            compensation = (velvel - sum) - tmp;
            sum = velvel;
            simple += w;
        }
        double total = sum - compensation;
        if (Double.isNaN(total) && Double.isInfinite(simple)) return simple;
        return total;
    }

    /** Labels plus the numbers an explanation needs. */
    private static final class Verdict {
        Labels labels;
        double[] score;
        int[] first;
        double[] prior;
        int primary;
        /** Clause votes per theme, or null when they did not apply. */
        double[] votes;
    }
}
