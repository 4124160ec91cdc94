package org.policylens.rules.pack;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.policylens.rules.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.policylens.rules.pack.YamlMap.error;

/** Reads one pack file into a {@link Fragment}: the schema, strictly (unknown keys are errors). */
final class PackParser {

    static final Set<String> TOP_KEYS = Set.of("name", "version", "language", "description", "extends", "threshold",
            "secondary_ratio", "secondary_keep_weight", "secondary_keep_score", "secondary_keep_floor", "primary_clause_votes", "themes", "exclusions", "drop_exclusions", "headings", "intensifiers", "examples", "drop_examples");
    static final Set<String> THEME_KEYS = Set.of("id", "label_zh", "label_en", "color", "threshold", "rules",
            "drop_rules", "drop_terms", "note", "description");
    static final Set<String> RULE_KEYS = Set.of("id", "kind", "weight", "terms", "pattern", "all", "within",
            "ordered", "exclude", "note");
    static final Set<String> EXCLUSION_KEYS = Set.of("id", "theme", "contexts", "terms", "note");
    static final Set<String> HEADING_KEYS = Set.of("id", "theme", "weight", "terms", "note");
    static final Set<String> INTENSIFIER_KEYS = Set.of("term", "terms", "weight", "note");
    static final Set<String> EXAMPLE_KEYS = Set.of("text", "themes", "primary", "not", "section", "note");

    private PackParser() {
    }

    static Fragment parse(String yaml, String file) {
        YamlMap top = YamlMap.parse(yaml, file).requireKnown("the pack", TOP_KEYS);
        List<Fragment.ThemePart> themes = new ArrayList<>();
        for (YamlMap t : top.maps("themes")) themes.add(theme(t));
        List<ExclusionDef> exclusions = new ArrayList<>();
        for (YamlMap e : top.maps("exclusions")) exclusions.add(exclusion(e));
        List<HeadingDef> headings = new ArrayList<>();
        for (YamlMap h : top.maps("headings")) headings.add(heading(h));
        List<IntensifierDef> intensifiers = new ArrayList<>();
        for (YamlMap i : top.maps("intensifiers")) intensifiers.addAll(intensifier(i));
        List<ExampleDef> examples = new ArrayList<>();
        for (YamlMap x : top.maps("examples")) examples.add(example(x));
        Optional<String> extendsName = top.string("extends");
        Optional<YamlMap.Located> ext = extendsName.isPresent()
                ? Optional.of(new YamlMap.Located(extendsName.get().strip(), top.at("extends"))) : Optional.empty();
        return new Fragment(file, top.location(), stripped(top.string("name")),
                stripped(top.string("version")), stripped(top.string("language")),
                top.string("description"), ext, positive(top, "threshold"), ratio(top, "secondary_ratio"), nonNegative(top, "secondary_keep_weight"),
                nonNegative(top, "secondary_keep_score"), ratio(top, "secondary_keep_floor"), nonNegative(top, "primary_clause_votes"), themes, exclusions,
                top.locatedStrings("drop_exclusions"), headings, intensifiers, examples,
                strippedLocated(top.locatedStrings("drop_examples")));
    }

    // Loops and helpers, not lambdas and streams, in this file: each lambda is a class spun at start-up (round 15).

    /** {@code o.map(String::strip)}. */
    private static Optional<String> stripped(Optional<String> o) {
        return o.isPresent() ? Optional.of(o.get().strip()) : Optional.empty();
    }

    /** Each string stripped, as an unmodifiable list. */
    private static List<String> stripped(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) out.add(v.strip());
        return out.stream().toList(); // the list class toList gave before
    }

    /** Each value stripped, at the same location. */
    private static List<YamlMap.Located> strippedLocated(List<YamlMap.Located> values) {
        List<YamlMap.Located> out = new ArrayList<>(values.size());
        for (YamlMap.Located l : values) out.add(new YamlMap.Located(l.value().strip(), l.location()));
        return out.stream().toList(); // the list class toList gave before
    }

    /** Each value as a {@link #term}, in order (the first bad one throws). */
    private static List<String> termsOf(List<YamlMap.Located> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (YamlMap.Located l : raw) out.add(term(l.value(), l.location()));
        return out.stream().toList(); // the list class toList gave before
    }

    private static java.util.OptionalDouble positive(YamlMap m, String key) {
        java.util.OptionalDouble d = m.number(key);
        if (d.isPresent() && !(d.getAsDouble() > 0)) throw error(m.at(key), "'" + key + "' must be > 0");
        return d;
    }

    private static java.util.OptionalDouble nonNegative(YamlMap m, String key) {
        java.util.OptionalDouble d = m.number(key);
        if (d.isPresent() && !(d.getAsDouble() >= 0 && Double.isFinite(d.getAsDouble())))
            throw error(m.at(key), "'" + key + "' must be >= 0 (0 = off)");
        return d;
    }

    private static java.util.OptionalDouble ratio(YamlMap m, String key) {
        java.util.OptionalDouble d = m.number(key);
        if (d.isPresent() && !(d.getAsDouble() >= 0 && d.getAsDouble() < 1))
            throw error(m.at(key), "'" + key + "' must be >= 0 and < 1 (0 = off)");
        return d;
    }

    private static Fragment.ThemePart theme(YamlMap t) {
        t.requireKnown("a theme", THEME_KEYS);
        String id = t.requireString("id", "a theme").strip();
        if (!id.matches("[a-z][a-z0-9_-]*") || id.equals("none"))
            throw error(t.at("id"), "theme id '" + id + "' must be lower-case letters, digits, '-' or '_' (and not 'none')");
        Optional<String> color = stripped(t.string("color"));
        if (color.isPresent() && !color.get().matches("#[0-9A-Fa-f]{6}"))
            throw error(t.at("color"), "colour '" + color.get() + "' must be #RRGGBB");
        List<RuleDef> rules = new ArrayList<>();
        for (YamlMap r : t.maps("rules")) rules.add(rule(r, id));
        List<YamlMap.Located> dropTerms = new ArrayList<>();
        for (YamlMap.Located l : t.locatedStrings("drop_terms")) dropTerms.add(new YamlMap.Located(term(l.value(), l.location()), l.location()));
        dropTerms = dropTerms.stream().toList();
        Optional<String> labelZh = t.string("label_zh");
        Optional<String> labelEn = t.string("label_en");
        OptionalDouble threshold = positive(t, "threshold");
        Optional<String> note = t.string("note");
        if (note.isEmpty()) note = t.string("description");
        return new Fragment.ThemePart(id, t.location(), labelZh, labelEn, color, threshold, note, rules,
                t.locatedStrings("drop_rules"), dropTerms);
    }

    private static RuleDef rule(YamlMap r, String theme) {
        r.requireKnown("a rule", RULE_KEYS);
        String id = r.requireString("id", "a rule").strip();
        if (id.isEmpty()) throw error(r.at("id"), "rule id is empty");
        String kindName = r.requireString("kind", "rule '".concat(id).concat("'")).strip(); // concat: no indy site spun
        Optional<RuleKind> kindOf = RuleKind.of(kindName);
        if (kindOf.isEmpty())
            throw error(r.at("kind"), "unknown rule kind '" + kindName + "' (allowed: terms, bounded, pattern, proximity)");
        RuleKind kind = kindOf.get();
        double weight = r.number("weight").orElse(1.0);
        List<String> terms = List.of();
        String pattern = "";
        int within = 0;
        boolean ordered = false;
        switch (kind) {
            case TERMS, BOUNDED -> {
                forbid(r, id, kind, "pattern", "all", "within", "ordered");
                terms = terms(r, "terms", "rule '".concat(id).concat("'"));
            }
            case PATTERN -> {
                forbid(r, id, kind, "terms", "all", "within", "ordered");
                pattern = r.requireString("pattern", "rule '".concat(id).concat("' (kind pattern)"));
                checkPattern(pattern, r.at("pattern"));
            }
            case PROXIMITY -> {
                forbid(r, id, kind, "terms", "pattern");
                terms = terms(r, "all", "rule '".concat(id).concat("' (kind proximity)"));
                if (terms.size() < 2) throw error(r.at("all"), "proximity rule '" + id + "' needs at least two terms in 'all'");
                Optional<Integer> withinOf = r.integer("within");
                if (withinOf.isEmpty()) throw error(r.location(),
                        "proximity rule '" + id + "' needs 'within' (max chars from first start to last end)");
                within = withinOf.get();
                if (within < 1) throw error(r.at("within"), "'within' must be >= 1");
                ordered = r.bool("ordered").orElse(false);
            }
        }
        List<String> exclude = termsOf(r.locatedStrings("exclude"));
        return new RuleDef(id, theme, kind, weight, terms, pattern, within, ordered, exclude,
                r.string("note").orElse(""), r.location());
    }

    private static void forbid(YamlMap r, String id, RuleKind kind, String... keys) {
        for (String k : keys) {
            if (r.has(k)) throw error(r.at(k), "'" + k + "' does not belong in rule '" + id + "' of kind " + kind.id());
        }
    }

    private static List<String> terms(YamlMap m, String key, String where) {
        List<YamlMap.Located> raw = m.locatedStrings(key);
        if (raw.isEmpty()) throw error(m.location(), where + " needs '" + key + "' (a list of terms)");
        return termsOf(raw);
    }

    private static String term(String raw, Location at) {
        String t = TextNormalizer.matchForm(raw);
        if (t.isEmpty()) throw error(at, "empty term");
        return t;
    }

    /** Compiles {@code pattern} with RE2/J, turning a syntax error into one with its position. */
    static void checkPattern(String pattern, Location at) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            String frag = e.getPattern();
            int index = frag == null || frag.isEmpty() || frag.equals(pattern) ? -1 : pattern.indexOf(frag);
            String where = index >= 0 ? " at char " + (index + 1) + " ('" + e.getPattern() + "')" : "";
            throw error(index >= 0 ? at.plusColumns(index + 1) : at,
                    "invalid pattern \"" + pattern + "\"" + where + ": " + e.getDescription());
        }
    }

    private static ExclusionDef exclusion(YamlMap e) {
        e.requireKnown("an exclusion", EXCLUSION_KEYS);
        String id = e.requireString("id", "an exclusion").strip();
        String where = "exclusion '".concat(id).concat("'");
        String theme = e.requireString("theme", where).strip();
        List<String> contexts = terms(e, "contexts", where);
        List<String> only = termsOf(e.locatedStrings("terms"));
        return new ExclusionDef(id, theme, contexts, only, e.string("note").orElse(""), e.location());
    }

    private static HeadingDef heading(YamlMap h) {
        h.requireKnown("a heading prior", HEADING_KEYS);
        String theme = h.requireString("theme", "a heading prior").strip();
        double weight = h.number("weight").orElse(0.5);
        return new HeadingDef(theme, weight, terms(h, "terms", "heading prior for '".concat(theme).concat("'")), h.location());
    }

    private static List<IntensifierDef> intensifier(YamlMap i) {
        i.requireKnown("an intensifier", INTENSIFIER_KEYS);
        double weight = i.number("weight").orElse(1.0);
        List<YamlMap.Located> raw = new ArrayList<>(i.locatedStrings("term"));
        raw.addAll(i.locatedStrings("terms"));
        if (raw.isEmpty()) throw error(i.location(), "an intensifier needs 'term'");
        List<IntensifierDef> out = new ArrayList<>(raw.size());
        for (YamlMap.Located l : raw) out.add(new IntensifierDef(term(l.value(), l.location()), weight, l.location()));
        return out.stream().toList(); // the list class toList gave before
    }

    private static ExampleDef example(YamlMap x) {
        x.requireKnown("an example", EXAMPLE_KEYS);
        String text = x.requireString("text", "an example");
        if (!x.has("themes"))
            throw error(x.location(), "an example needs 'themes' ([] for none)");
        return new ExampleDef(text, stripped(x.strings("themes")),
                stripped(x.string("primary")), stripped(x.strings("not")),
                x.strings("section"), x.location());
    }
}
