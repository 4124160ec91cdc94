package org.policylens.rules;

import org.policylens.rules.pack.PackDef;
import org.policylens.rules.pack.PackLoader;
import org.policylens.rules.pack.ThemeDef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule pack: themes with their rules, exclusions, heading priors, intensifiers and examples, read from
 * YAML. Immutable; {@link #classifier()} is built once when the pack is loaded.
 *
 * <pre>{@code
 * RulePack pack = RulePack.builtin();            // zh-policy
 * Labels l = pack.classifier().classify("全市地区生产总值增长5.2%。");
 * }</pre>
 */
public final class RulePack {

    /** The default pack's name. */
    public static final String DEFAULT = "zh-policy";

    private final PackDef definition;
    private final Classifier classifier;

    private RulePack(PackDef definition) {
        this.definition = definition;
        this.classifier = new Classifier(definition);
    }

    /** The default builtin pack {@value #DEFAULT}. */
    public static RulePack builtin() {
        return builtin(DEFAULT);
    }

    /** A builtin pack by name. */
    public static RulePack builtin(String name) {
        Objects.requireNonNull(name, "name");
        return new RulePack(PackLoader.builtin(name));
    }

    /** Names of the builtin packs present. */
    public static List<String> builtinNames() {
        return PackLoader.builtinNames();
    }

    /** A pack from a YAML file or a folder of YAML files; {@code extends:} is resolved. */
    public static RulePack load(Path fileOrFolder) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        return new RulePack(PackLoader.load(fileOrFolder));
    }

    /**
     * A builtin name or a path: {@code spec} is loaded as a file/folder when it exists or looks like a path
     * ({@code .yaml}, {@code /}), else as a builtin name.
     */
    public static RulePack resolve(String spec) {
        Objects.requireNonNull(spec, "spec");
        Path p = Path.of(spec);
        boolean looksLikePath = spec.contains("/") || spec.contains("\\") || spec.endsWith(".yaml") || spec.endsWith(".yml");
        if (looksLikePath || java.nio.file.Files.exists(p)) return load(p);
        return builtin(spec);
    }

    public String name() {
        return definition.name();
    }

    public String version() {
        return definition.version();
    }

    /** Hex SHA-256 of the source bytes of the pack and its parents (parents first). */
    public String sha256() {
        return definition.sha256();
    }

    /** Themes in pack order. */
    public List<Theme> themes() {
        List<Theme> out = new ArrayList<>(); // a loop: no lambda class spun at start-up
        for (ThemeDef t : definition.themes()) out.add(t.theme());
        return out.stream().toList(); // the list class toList gave before
    }

    /** The classifier (built once, thread-safe). */
    public Classifier classifier() {
        return classifier;
    }

    /** The full resolved definition (rules, exclusions, examples...), for lint, test and audit. */
    public PackDef definition() {
        return definition;
    }

    @Override
    public String toString() {
        return name() + " " + version();
    }
}
