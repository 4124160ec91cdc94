package org.policylens.rules.lint;

import org.policylens.rules.Classifier;
import org.policylens.rules.Explanation;
import org.policylens.rules.Match;
import org.policylens.rules.pack.PackDef;
import org.policylens.rules.pack.RuleDef;
import org.policylens.rules.segment.ChineseSegmenter;
import org.policylens.rules.segment.Token;
import org.policylens.rules.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts, over a corpus of units, how often each rule and term fires, which are swallowed by longer matches
 * or cancelled by exclusions, and which words are most frequent in units that got no theme (what the pack
 * may be missing). Feed units with {@link #add}; not thread-safe.
 */
public final class RuleAudit {

    /** Per-rule counts. */
    public record RuleCount(RuleDef rule, int hits, int units, int swallowed, int excluded) {
    }

    /** Per-term counts (terms and bounded rules): surviving, swallowed by a longer match, cancelled. */
    public record TermCount(String ruleId, String term, int kept, int swallowed, int excluded, String swallowedBy) {
    }

    /** A word and the number of no-theme units it occurs in. */
    public record Phrase(String text, int units) {
    }

    private final PackDef pack;
    private final Classifier classifier;
    private final Map<String, int[]> ruleCounts = new LinkedHashMap<>();
    private final Map<String, RuleDef> rulesById = new LinkedHashMap<>();
    private final Map<String, int[]> termCounts = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> swallowers = new LinkedHashMap<>();
    private final Map<String, Integer> exclusionFires = new LinkedHashMap<>();
    private final Map<String, Integer> noneWords = new LinkedHashMap<>();
    private int units;
    private int noneUnits;
    private long chars;

    public RuleAudit(PackDef pack, Classifier classifier) {
        this.pack = pack;
        this.classifier = classifier;
        for (RuleDef r : pack.rules()) {
            ruleCounts.put(r.id(), new int[4]);
            rulesById.put(r.id(), r);
        }
    }

    /** Classifies one unit of raw text (normalised here) and counts it. */
    public void add(String text) {
        addNormalized(TextNormalizer.normalize(text).strip(), List.of());
    }

    /** Classifies one unit of already normalised text under its heading path and counts it. */
    public void addNormalized(String norm, List<String> section) {
        if (norm.isEmpty()) return;
        units++;
        chars += norm.length();
        Explanation e = classifier.explain(norm, section);
        Set<String> ruleInUnit = new HashSet<>();
        for (Match m : e.labels().evidence()) {
            int[] c = ruleCounts.get(m.ruleId());
            c[0]++;
            if (ruleInUnit.add(m.ruleId())) c[1]++;
            term(m).ifPresent(t -> termCounts.computeIfAbsent(m.ruleId() + "\u0000" + t, k -> new int[3])[0]++);
        }
        for (Explanation.Dropped d : e.dropped()) {
            Match m = d.match();
            int slot = d.reason() == Explanation.Reason.NESTED ? 2 : 3;
            if (d.reason() == Explanation.Reason.NOT_A_WORD) continue;
            ruleCounts.get(m.ruleId())[slot]++;
            String key = m.ruleId() + "\u0000" + TextNormalizer.lowerAscii(m.text());
            if (term(m).isPresent()) {
                termCounts.computeIfAbsent(key, k -> new int[3])[slot - 1]++;
                if (slot == 2) {
                    String by = d.detail();
                    swallowers.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(by.replaceAll(" at \\d+-\\d+$", ""), 1, Integer::sum);
                }
            }
            if (d.reason() == Explanation.Reason.EXCLUSION || d.reason() == Explanation.Reason.RULE_EXCLUDE) {
                String id = d.reason() == Explanation.Reason.RULE_EXCLUDE ? m.ruleId() + " (exclude)"
                        : d.detail().replaceFirst("^exclusion (\\S+):.*$", "$1");
                exclusionFires.merge(id, 1, Integer::sum);
            }
        }
        if (e.labels().isNone()) {
            noneUnits++;
            Set<String> words = new HashSet<>();
            for (Token t : ChineseSegmenter.standard().segment(norm)) {
                if (!t.isPunctuation() && t.word().length() >= 2 && t.word().codePoints().anyMatch(Character::isIdeographic))
                    words.add(t.word());
            }
            for (String w : words) noneWords.merge(w, 1, Integer::sum);
        }
    }

    private java.util.Optional<String> term(Match m) {
        RuleDef r = rulesById.get(m.ruleId());
        String t = TextNormalizer.lowerAscii(m.text());
        return r.terms().contains(t) && (r.kind() == org.policylens.rules.pack.RuleKind.TERMS
                || r.kind() == org.policylens.rules.pack.RuleKind.BOUNDED) ? java.util.Optional.of(t) : java.util.Optional.empty();
    }

    public int units() {
        return units;
    }

    public int noneUnits() {
        return noneUnits;
    }

    public long chars() {
        return chars;
    }

    /** Every rule in pack order with its counts. */
    public List<RuleCount> rules() {
        List<RuleCount> out = new ArrayList<>();
        for (RuleDef r : pack.rules()) {
            int[] c = ruleCounts.get(r.id());
            out.add(new RuleCount(r, c[0], c[1], c[2], c[3]));
        }
        return out;
    }

    /** Rules with no surviving match. */
    public List<RuleDef> neverMatched() {
        return rules().stream().filter(c -> c.hits() == 0).map(RuleCount::rule).toList();
    }

    /** Terms (of term rules) that never matched at all, per rule. */
    public List<TermCount> unusedTerms() {
        List<TermCount> out = new ArrayList<>();
        for (RuleDef r : pack.rules()) {
            if (r.kind() != org.policylens.rules.pack.RuleKind.TERMS && r.kind() != org.policylens.rules.pack.RuleKind.BOUNDED) continue;
            for (String t : r.terms()) {
                if (!termCounts.containsKey(r.id() + "\u0000" + t)) out.add(new TermCount(r.id(), t, 0, 0, 0, ""));
            }
        }
        return out;
    }

    /** Terms that were swallowed or cancelled at least once, most affected first. */
    public List<TermCount> swallowedTerms() {
        List<TermCount> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : termCounts.entrySet()) {
            int[] c = e.getValue();
            if (c[1] + c[2] == 0) continue;
            String[] k = e.getKey().split("\u0000", 2);
            String by = swallowers.getOrDefault(e.getKey(), Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(x -> x.getKey() + " x" + x.getValue()).findFirst().orElse("");
            out.add(new TermCount(k[0], k[1], c[0], c[1], c[2], by));
        }
        out.sort(Comparator.comparingInt((TermCount t) -> -(t.swallowed() + t.excluded())).thenComparing(TermCount::ruleId)
                .thenComparing(TermCount::term));
        return out;
    }

    /** How often each exclusion cancelled a match. */
    public Map<String, Integer> exclusionFires() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(exclusionFires));
    }

    /** The {@code limit} most frequent words (2+ chars, HanLP segmentation) in units with no theme. */
    public List<Phrase> topNonePhrases(int limit) {
        return noneWords.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new Phrase(e.getKey(), e.getValue())).toList();
    }
}
