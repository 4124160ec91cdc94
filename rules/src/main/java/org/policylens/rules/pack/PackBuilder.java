package org.policylens.rules.pack;

import org.policylens.rules.Theme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.policylens.rules.pack.YamlMap.error;

/**
 * Merges pack fragments in order (parent first), following CONTRACT's {@code extends} rules: a theme entry
 * with a known id adds rules (same id replaces; {@code drop_rules}/{@code drop_terms} remove), a new id is a
 * new theme appended; exclusions, headings, intensifiers and examples are appended; {@code drop_exclusions}
 * removes inherited exclusions and {@code drop_examples} inherited examples (by their text).
 */
final class PackBuilder {

    private String name;
    private String version;
    private String language = "zh";
    private String description = "";
    private double threshold = 1.0;
    private double secondaryRatio = 0.0;
    private double secondaryKeepWeight = 0.0;
    private double secondaryKeepScore = 0.0;
    private double secondaryKeepFloor = 0.0;
    private double primaryClauseVotes = 0.0;
    private Location lastRoot;
    private final Map<String, ThemeState> themes = new LinkedHashMap<>();
    private final Map<String, String> ruleOwner = new LinkedHashMap<>();
    private final Map<String, ExclusionDef> exclusions = new LinkedHashMap<>();
    private final List<HeadingDef> headings = new ArrayList<>();
    private final List<IntensifierDef> intensifiers = new ArrayList<>();
    private final List<ExampleDef> examples = new ArrayList<>();

    private static final class ThemeState {
        final String id;
        final Location location;
        String labelZh;
        String labelEn;
        String color;
        String note = "";
        Double threshold;
        final Map<String, RuleDef> rules = new LinkedHashMap<>();

        ThemeState(String id, Location location) {
            this.id = id;
            this.location = location;
        }
    }

    void apply(Fragment f) {
        lastRoot = f.location();
        if (f.name().isPresent()) name = f.name().get(); // not ifPresent: no lambda class spun at start-up
        if (f.version().isPresent()) version = f.version().get();
        if (f.language().isPresent()) language = f.language().get();
        if (f.description().isPresent()) description = f.description().get();
        if (f.threshold().isPresent()) threshold = f.threshold().getAsDouble();
        if (f.secondaryRatio().isPresent()) secondaryRatio = f.secondaryRatio().getAsDouble();
        if (f.secondaryKeepWeight().isPresent()) secondaryKeepWeight = f.secondaryKeepWeight().getAsDouble();
        if (f.secondaryKeepScore().isPresent()) secondaryKeepScore = f.secondaryKeepScore().getAsDouble();
        if (f.secondaryKeepFloor().isPresent()) secondaryKeepFloor = f.secondaryKeepFloor().getAsDouble();
        if (f.primaryClauseVotes().isPresent()) primaryClauseVotes = f.primaryClauseVotes().getAsDouble();
        Set<String> seenThemes = new HashSet<>();
        for (Fragment.ThemePart part : f.themes()) {
            if (!seenThemes.add(part.id()))
                throw error(part.location(), "theme '" + part.id() + "' appears twice in this file");
            applyTheme(part);
        }
        for (YamlMap.Located drop : f.dropExclusions()) {
            if (exclusions.remove(drop.value()) == null)
                throw error(drop.location(), "drop_exclusions: no inherited exclusion '" + drop.value() + "'");
        }
        for (ExclusionDef e : f.exclusions()) {
            ExclusionDef old = exclusions.putIfAbsent(e.id(), e);
            if (old != null)
                throw error(e.location(), "exclusion id '" + e.id() + "' is already used at " + old.location());
        }
        headings.addAll(f.headings());
        intensifiers.addAll(f.intensifiers());
        for (YamlMap.Located drop : f.dropExamples()) {
            // a child pack that adds a theme may take inherited examples over (a safety sentence the parent
            // expects to be "none" is "security" now): it names them by their text and says so in the file
            if (!examples.removeIf(x -> x.text().strip().equals(drop.value())))
                throw error(drop.location(), "drop_examples: no inherited example with the text '" + drop.value() + "'");
        }
        examples.addAll(f.examples());
    }

    private void applyTheme(Fragment.ThemePart part) {
        ThemeState t = themes.get(part.id());
        if (t == null) {
            if (!part.dropRules().isEmpty() || !part.dropTerms().isEmpty())
                throw error(part.location(), "theme '" + part.id() + "' is new here: there is nothing to drop");
            for (String key : List.of("label_zh", "label_en", "color")) {
                boolean present = switch (key) {
                    case "label_zh" -> part.labelZh().isPresent();
                    case "label_en" -> part.labelEn().isPresent();
                    default -> part.color().isPresent();
                };
                if (!present) throw error(part.location(), "new theme '" + part.id() + "' needs '" + key + "'");
            }
            t = new ThemeState(part.id(), part.location());
            themes.put(part.id(), t);
        }
        ThemeState theme = t;
        if (part.labelZh().isPresent()) theme.labelZh = part.labelZh().get().strip();
        if (part.labelEn().isPresent()) theme.labelEn = part.labelEn().get().strip();
        if (part.color().isPresent()) theme.color = part.color().get();
        if (part.note().isPresent()) theme.note = part.note().get();
        if (part.threshold().isPresent()) theme.threshold = part.threshold().getAsDouble();
        for (YamlMap.Located drop : part.dropRules()) {
            if (theme.rules.remove(drop.value()) == null)
                throw error(drop.location(), "drop_rules: theme '" + theme.id + "' has no rule '" + drop.value() + "'");
            ruleOwner.remove(drop.value());
        }
        for (YamlMap.Located drop : part.dropTerms()) dropTerm(theme, drop);
        Set<String> seenRules = new HashSet<>();
        for (RuleDef r : part.rules()) {
            if (!seenRules.add(r.id())) throw error(r.location(), "rule id '" + r.id() + "' appears twice in this file");
            String owner = ruleOwner.get(r.id());
            if (owner != null && !owner.equals(theme.id))
                throw error(r.location(), "rule id '" + r.id() + "' is already used in theme '" + owner + "'");
            theme.rules.put(r.id(), r);
            ruleOwner.put(r.id(), theme.id);
        }
    }

    private static void dropTerm(ThemeState theme, YamlMap.Located drop) {
        boolean found = false;
        for (Map.Entry<String, RuleDef> e : new ArrayList<>(theme.rules.entrySet())) {
            RuleDef r = e.getValue();
            if ((r.kind() == RuleKind.TERMS || r.kind() == RuleKind.BOUNDED) && r.terms().contains(drop.value())) {
                found = true;
                List<String> kept = r.terms().stream().filter(x -> !x.equals(drop.value())).toList();
                if (kept.isEmpty()) theme.rules.remove(e.getKey());
                else theme.rules.put(e.getKey(), r.withTerms(kept));
            }
        }
        if (!found) throw error(drop.location(), "drop_terms: no rule of theme '" + theme.id + "' has the term '" + drop.value() + "'");
    }

    PackDef build(List<String> sources, String sha256) {
        if (name == null || name.isEmpty()) throw error(lastRoot, "the pack needs 'name'");
        if (version == null || version.isEmpty()) throw error(lastRoot, "the pack needs 'version'");
        if (themes.isEmpty()) throw error(lastRoot, "the pack declares no themes");
        List<ThemeDef> themeDefs = new ArrayList<>();
        for (ThemeState t : themes.values()) {
            themeDefs.add(new ThemeDef(new Theme(t.id, t.labelZh, t.labelEn, t.color),
                    t.threshold == null ? threshold : t.threshold, List.copyOf(t.rules.values()), t.note, t.location));
        }
        for (ExclusionDef e : exclusions.values()) requireTheme(e.theme(), e.location(), "exclusion '" + e.id() + "'");
        for (HeadingDef h : headings) requireTheme(h.theme(), h.location(), "heading prior");
        for (ExampleDef x : examples) {
            for (String th : x.themes()) requireTheme(th, x.location(), "example");
            for (String th : x.not()) requireTheme(th, x.location(), "example ('not')");
            if (x.primary().isPresent()) {
                String p = x.primary().get();
                if (x.themes().isEmpty() ? !p.equals("none") : !x.themes().contains(p))
                    throw error(x.location(), "example primary '" + p + "' is not one of its themes " + x.themes());
            }
        }
        return new PackDef(name, version, language, description, threshold, secondaryRatio, secondaryKeepWeight,
                secondaryKeepScore, secondaryKeepFloor, primaryClauseVotes, themeDefs, List.copyOf(exclusions.values()),
                headings, intensifiers, examples, sources, sha256);
    }

    private void requireTheme(String id, Location at, String what) {
        if (!themes.containsKey(id))
            throw error(at, what + " names unknown theme '" + id + "' (themes: " + String.join(", ", themes.keySet()) + ")");
    }
}
