package org.policylens.rules.lint;

import com.google.re2j.Pattern;
import org.policylens.rules.match.PatternPrefilter;
import org.policylens.rules.pack.ExclusionDef;
import org.policylens.rules.pack.PackDef;
import org.policylens.rules.pack.RuleDef;
import org.policylens.rules.pack.RuleKind;
import org.policylens.rules.pack.ThemeDef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a loaded pack for things that load but are probably wrong: duplicate terms, a term in two themes
 * with no note saying why, exclusions that can never overlap their terms, patterns that match nothing or
 * the empty string, empty themes. (Schema errors, unknown keys and invalid patterns already fail loading.)
 */
public final class PackLinter {

    private PackLinter() {
    }

    public static List<Finding> lint(PackDef pack) {
        List<Finding> out = new ArrayList<>();
        duplicateTerms(pack, out);
        termsInTwoThemes(pack, out);
        exclusions(pack, out);
        for (ThemeDef t : pack.themes()) {
            if (t.rules().isEmpty()) out.add(warn(t.location(), "theme '" + t.id() + "' has no rules"));
        }
        for (RuleDef r : pack.rules()) {
            if (r.weight() <= 0) out.add(warn(r.location(), "rule '" + r.id() + "' has weight " + r.weight() + " (never evidence)"));
            if (r.kind() == RuleKind.PATTERN && Pattern.compile(r.pattern()).matcher("").find())
                out.add(warn(r.location(), "pattern of rule '" + r.id() + "' matches the empty string"));
            else if (r.kind() == RuleKind.PATTERN && !PatternPrefilter.gated(r.pattern()))
                out.add(warn(r.location(), "pattern of rule '" + r.id() + "' has no literal that every match needs, so it"
                        + " runs on every unit (slow): make it need a word, or an alternation of at most "
                        + PatternPrefilter.MAX_LITERALS + " words"));
            if (r.kind() == RuleKind.PROXIMITY && r.within() < r.terms().stream().mapToInt(String::length).sum())
                out.add(warn(r.location(), "proximity rule '" + r.id() + "': within " + r.within()
                        + " is shorter than its terms together; it can never match"));
        }
        Set<String> seen = new LinkedHashSet<>();
        pack.intensifiers().forEach(i -> {
            if (!seen.add(i.term())) out.add(warn(i.location(), "intensifier '" + i.term() + "' is listed twice"));
        });
        out.sort(Comparator.comparing((Finding f) -> f.location().file()).thenComparingInt(f -> f.location().line())
                .thenComparingInt(f -> f.location().column()));
        return out;
    }

    private static Finding warn(org.policylens.rules.pack.Location at, String message) {
        return new Finding(at, Finding.Severity.WARNING, message);
    }

    private static boolean isTermRule(RuleDef r) {
        return r.kind() == RuleKind.TERMS || r.kind() == RuleKind.BOUNDED;
    }

    private static void duplicateTerms(PackDef pack, List<Finding> out) {
        for (ThemeDef t : pack.themes()) {
            Map<String, RuleDef> first = new LinkedHashMap<>();
            for (RuleDef r : t.rules()) {
                if (!isTermRule(r)) continue;
                Set<String> inRule = new LinkedHashSet<>();
                for (String term : r.terms()) {
                    if (!inRule.add(term)) {
                        out.add(warn(r.location(), "duplicate term '" + term + "' in rule '" + r.id() + "'"));
                        continue;
                    }
                    RuleDef prev = first.putIfAbsent(term, r);
                    if (prev != null)
                        out.add(warn(r.location(), "term '" + term + "' of rule '" + r.id() + "' is also in rule '"
                                + prev.id() + "' of the same theme (counted once)"));
                }
            }
        }
    }

    private static void termsInTwoThemes(PackDef pack, List<Finding> out) {
        Map<String, RuleDef> owner = new LinkedHashMap<>();
        for (RuleDef r : pack.rules()) {
            if (!isTermRule(r)) continue;
            for (String term : new LinkedHashSet<>(r.terms())) {
                RuleDef prev = owner.putIfAbsent(term, r);
                if (prev != null && !prev.theme().equals(r.theme()) && prev.note().isBlank() && r.note().isBlank()) {
                    out.add(warn(r.location(), "term '" + term + "' is in theme '" + r.theme() + "' (rule '" + r.id()
                            + "') and theme '" + prev.theme() + "' (rule '" + prev.id() + "') and neither rule has a note saying why"));
                }
            }
        }
    }

    private static void exclusions(PackDef pack, List<Finding> out) {
        for (ExclusionDef e : pack.exclusions()) {
            List<RuleDef> rules = pack.theme(e.theme()).map(ThemeDef::rules).orElse(List.of());
            List<String> themeTerms = rules.stream().filter(r -> r.kind() != RuleKind.PATTERN)
                    .flatMap(r -> r.terms().stream()).distinct().toList();
            for (String only : e.terms()) {
                if (!themeTerms.contains(only))
                    out.add(warn(e.location(), "exclusion '" + e.id() + "' names term '" + only
                            + "', which no rule of theme '" + e.theme() + "' has"));
            }
            List<String> targets = e.terms().isEmpty() ? themeTerms : e.terms();
            List<Pattern> patterns = e.terms().isEmpty() ? rules.stream().filter(r -> r.kind() == RuleKind.PATTERN)
                    .map(r -> Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE)).toList() : List.of();
            for (String c : e.contexts()) {
                boolean reachable = targets.stream().anyMatch(c::contains)
                        || patterns.stream().anyMatch(p -> p.matcher(c).find());
                if (!reachable)
                    out.add(warn(e.location(), "exclusion '" + e.id() + "': context '" + c + "' contains no term of "
                            + (e.terms().isEmpty() ? "theme '" + e.theme() + "'" : "its 'terms'") + ", so it can never cancel one"));
            }
        }
        for (RuleDef r : pack.rules()) {
            for (String c : r.exclude()) {
                boolean reachable = r.kind() == RuleKind.PATTERN
                        ? Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE).matcher(c).find()
                        : r.terms().stream().anyMatch(c::contains);
                if (!reachable)
                    out.add(warn(r.location(), "rule '" + r.id() + "': exclude context '" + c
                            + "' contains none of the rule's terms, so it can never cancel one"));
            }
        }
    }
}
