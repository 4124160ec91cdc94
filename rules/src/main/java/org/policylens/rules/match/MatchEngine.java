package org.policylens.rules.match;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.policylens.rules.Explanation;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;
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
 * {@link PackDef}: one Aho-Corasick automaton holds every term, proximity term, exclusion context and
 * intensifier, so a unit is scanned once; patterns run with RE2/J; a unit is segmented only when a
 * bounded-term candidate occurs in it. Immutable and thread-safe.
 */
public final class MatchEngine {

    static final double EPS = 1e-9;

    private final List<ThemeDef> themes;
    private final RuleDef[] rules;
    private final int[] ruleTheme;
    private final Pattern[] patterns;
    /** Context group of each rule's own {@code exclude}, or -1. */
    private final int[] ruleExcludeGroup;
    /** Theme-level exclusions per theme index, and their context group. */
    private final List<List<ExclusionDef>> themeExclusions;
    private final Map<String, Integer> exclusionGroup;
    private final int groupCount;
    private final List<IntensifierDef> intensifiers;
    private final List<HeadingDef> headings;
    private final AhoCorasickDoubleArrayTrie<KeyUse> automaton;
    private final boolean hasBounded;

    public MatchEngine(PackDef pack) {
        Objects.requireNonNull(pack, "pack");
        this.themes = pack.themes();
        List<RuleDef> all = pack.rules();
        this.rules = all.toArray(new RuleDef[0]);
        this.ruleTheme = new int[rules.length];
        this.patterns = new Pattern[rules.length];
        this.ruleExcludeGroup = new int[rules.length];
        Map<String, Integer> themeIndex = new LinkedHashMap<>();
        for (int i = 0; i < themes.size(); i++) themeIndex.put(themes.get(i).id(), i);
        TreeMap<String, KeyUse> keys = new TreeMap<>();
        int groups = 0;
        boolean bounded = false;
        for (int r = 0; r < rules.length; r++) {
            RuleDef rule = rules[r];
            final int ri = r;
            ruleTheme[r] = themeIndex.get(rule.theme());
            switch (rule.kind()) {
                case TERMS -> rule.terms().forEach(t -> use(keys, t).termRules.add(ri));
                case BOUNDED -> {
                    bounded = true;
                    rule.terms().forEach(t -> use(keys, t).boundedRules.add(ri));
                }
                case PATTERN -> patterns[r] = Pattern.compile(rule.pattern(), Pattern.CASE_INSENSITIVE);
                case PROXIMITY -> {
                    for (int k = 0; k < rule.terms().size(); k++) use(keys, rule.terms().get(k)).proximitySlots.add(new int[]{r, k});
                }
            }
            if (rule.exclude().isEmpty()) {
                ruleExcludeGroup[r] = -1;
            } else {
                int g = groups++;
                ruleExcludeGroup[r] = g;
                rule.exclude().forEach(c -> use(keys, c).contextGroups.add(g));
            }
        }
        this.themeExclusions = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) themeExclusions.add(new ArrayList<>());
        this.exclusionGroup = new LinkedHashMap<>();
        for (ExclusionDef e : pack.exclusions()) {
            int g = groups++;
            exclusionGroup.put(e.id(), g);
            themeExclusions.get(themeIndex.get(e.theme())).add(e);
            e.contexts().forEach(c -> use(keys, c).contextGroups.add(g));
        }
        this.groupCount = groups;
        this.intensifiers = pack.intensifiers();
        for (int i = 0; i < intensifiers.size(); i++) {
            KeyUse u = use(keys, intensifiers.get(i).term());
            if (u.intensifier < 0) u.intensifier = i;
        }
        this.headings = pack.headings();
        this.hasBounded = bounded;
        keys.values().forEach(KeyUse::freeze);
        this.automaton = new AhoCorasickDoubleArrayTrie<>();
        if (!keys.isEmpty()) automaton.build(keys);
    }

    private static KeyUse use(TreeMap<String, KeyUse> keys, String key) {
        return keys.computeIfAbsent(key, k -> new KeyUse());
    }

    /** Classifies {@code text} (already normalised) under the heading path {@code section}. */
    public Explanation run(String text, List<String> section) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        String lower = TextNormalizer.lowerAscii(text);
        UnitScan scan = new UnitScan(rules, groupCount);
        if (!lower.isEmpty() && automaton.size() > 0) {
            automaton.parseText(lower, (begin, end, use) -> scan.hit(begin, end, use, lower));
        }
        List<Candidate> cands = new ArrayList<>(scan.candidates);
        List<Explanation.Dropped> dropped = new ArrayList<>();
        if (hasBounded && !scan.bounded.isEmpty()) {
            WordBoundaries boundary = new WordBoundaries(text);
            for (Candidate c : scan.bounded) {
                if (boundary.isWord(c.start(), c.end())) cands.add(c);
                else dropped.add(new Explanation.Dropped(match(c, text), Explanation.Reason.NOT_A_WORD,
                        "not aligned with word boundaries"));
            }
        }
        for (int r = 0; r < rules.length; r++) {
            if (patterns[r] != null) findPattern(r, lower, cands);
            else if (rules[r].kind() == RuleKind.PROXIMITY) Proximity.find(r, rules[r], scan.proximity(r), cands);
        }
        List<Candidate> survivors = applyExclusions(cands, scan, text, lower, dropped);
        List<Candidate> kept = suppressNested(survivors, text, dropped);
        kept.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end).thenComparingInt(Candidate::rule));
        dropped.sort(Comparator.comparingInt((Explanation.Dropped d) -> d.match().start())
                .thenComparingInt(d -> d.match().end()).thenComparing(d -> d.match().ruleId()));
        return decide(text, section, kept, scan, dropped);
    }

    private void findPattern(int r, String lower, List<Candidate> out) {
        Matcher m = patterns[r].matcher(lower);
        int from = 0;
        while (from <= lower.length() && m.find(from)) {
            if (m.end() > m.start()) {
                out.add(new Candidate(r, m.start(), m.end()));
                from = m.end();
            } else {
                from = m.end() + 1;
            }
        }
    }

    private List<Candidate> applyExclusions(List<Candidate> cands, UnitScan scan, String text, String lower,
                                            List<Explanation.Dropped> dropped) {
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            String why = null;
            Explanation.Reason reason = null;
            int g = ruleExcludeGroup[c.rule()];
            Span hit = g >= 0 ? overlapping(scan.contexts(g), c) : null;
            if (hit != null) {
                reason = Explanation.Reason.RULE_EXCLUDE;
                why = "rule exclude '" + hit.key() + "' at " + hit.start() + "-" + hit.end();
            } else {
                String matched = lower.substring(c.start(), c.end());
                for (ExclusionDef e : themeExclusions.get(ruleTheme[c.rule()])) {
                    if (!e.terms().isEmpty() && !e.terms().contains(matched)) continue;
                    hit = overlapping(scan.contexts(exclusionGroup.get(e.id())), c);
                    if (hit != null) {
                        reason = Explanation.Reason.EXCLUSION;
                        why = "exclusion " + e.id() + ": context '" + hit.key() + "' at " + hit.start() + "-" + hit.end();
                        break;
                    }
                }
            }
            if (why == null) out.add(c);
            else dropped.add(new Explanation.Dropped(match(c, text), reason, why));
        }
        return out;
    }

    private static Span overlapping(List<Span> spans, Candidate c) {
        for (Span s : spans) {
            if (s.overlaps(c.start(), c.end())) return s;
        }
        return null;
    }

    private List<Candidate> suppressNested(List<Candidate> cands, String text, List<Explanation.Dropped> dropped) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.length()).thenComparingInt(Candidate::start)
                .thenComparingInt(Candidate::rule));
        List<Candidate> kept = new ArrayList<>(sorted.size());
        for (Candidate c : sorted) {
            Candidate outer = null;
            for (Candidate k : kept) {
                if (ruleTheme[k.rule()] == ruleTheme[c.rule()] && c.inside(k)) {
                    outer = k;
                    break;
                }
            }
            if (outer == null) {
                kept.add(c);
            } else {
                dropped.add(new Explanation.Dropped(match(c, text), Explanation.Reason.NESTED,
                        "inside " + rules[outer.rule()].id() + " '" + text.substring(outer.start(), outer.end())
                                + "' at " + outer.start() + "-" + outer.end()));
            }
        }
        return kept;
    }

    private Match match(Candidate c, String text) {
        RuleDef r = rules[c.rule()];
        return new Match(r.id(), r.theme(), c.start(), c.end(), text.substring(c.start(), c.end()), r.weight());
    }

    private Explanation decide(String text, List<String> section, List<Candidate> kept, UnitScan scan,
                               List<Explanation.Dropped> dropped) {
        int n = themes.size();
        double[] score = new double[n];
        int[] first = new int[n];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        List<Match> evidence = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            int t = ruleTheme[c.rule()];
            score[t] += rules[c.rule()].weight();
            first[t] = Math.min(first[t], c.start());
            evidence.add(match(c, text));
        }
        double[] prior = Decision.headingPrior(themes, headings, section);
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, Double> priors = new LinkedHashMap<>();
        List<String> set = new ArrayList<>();
        int primary = -1;
        for (int t = 0; t < n; t++) {
            score[t] += prior[t];
            String id = themes.get(t).id();
            scores.put(id, score[t]);
            thresholds.put(id, themes.get(t).threshold());
            priors.put(id, prior[t]);
            if (score[t] >= themes.get(t).threshold() - EPS) {
                set.add(id);
                if (primary < 0 || score[t] > score[primary] + EPS
                        || (Math.abs(score[t] - score[primary]) <= EPS && first[t] < first[primary])) primary = t;
            }
        }
        String decision = Decision.describe(themes, set, primary, score, first);
        List<IntensifierHit> hits = scan.intensifierHits(intensifiers);
        double intensity = hits.stream().mapToDouble(IntensifierHit::weight).sum();
        Labels labels = new Labels(set, primary < 0 ? Labels.NONE_ID : themes.get(primary).id(), scores, evidence,
                hits, intensity);
        return new Explanation(text, labels, thresholds, priors, dropped, decision);
    }
}
