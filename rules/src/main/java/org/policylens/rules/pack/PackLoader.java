package org.policylens.rules.pack;

import org.policylens.rules.RulePackException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads rule packs: a YAML file, a folder of YAML files (merged in name order), or a builtin pack by name;
 * resolves {@code extends:} (a builtin name, or a path relative to the extending file) and detects cycles.
 */
public final class PackLoader {

    /** Resource folder of the builtin packs. */
    public static final String BUILTIN_DIR = "/org/policylens/rules/packs/";
    /** Names a builtin pack may have, in preference order (only those present count). */
    private static final List<String> KNOWN_BUILTINS = List.of("zh-policy");

    private final List<Source> loaded = new ArrayList<>();
    private final LinkedHashSet<String> stack = new LinkedHashSet<>();
    private final List<String> stackLabels = new ArrayList<>();

    private PackLoader() {
    }

    /** One pack source: its label for messages, a key for cycle detection, its bytes and where it lives. */
    private record Source(String label, String key, byte[] bytes, Optional<Path> dir, boolean builtin) {
    }

    /** The builtin pack names whose resources are present. */
    public static List<String> builtinNames() {
        return KNOWN_BUILTINS.stream().filter(n -> PackLoader.class.getResource(BUILTIN_DIR + n + ".yaml") != null).toList();
    }

    /** The builtin pack called {@code name}. */
    public static PackDef builtin(String name) {
        PackLoader l = new PackLoader();
        Source s = l.builtinSource(name, Location.startOf(name));
        PackBuilder b = new PackBuilder();
        l.resolve(s, b);
        return b.build(l.labels(), l.sha256());
    }

    /** A pack file or a folder of pack files. */
    public static PackDef load(Path fileOrFolder) {
        PackLoader l = new PackLoader();
        PackBuilder b = new PackBuilder();
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(fileOrFolder)) {
                files = s.filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
                }).sorted().toList();
            } catch (IOException e) {
                throw new RulePackException(Location.startOf(fileOrFolder.toString()) + ": cannot list folder: " + e.getMessage(), e);
            }
            if (files.isEmpty())
                throw new RulePackException(Location.startOf(fileOrFolder.toString()) + ": no .yaml files in the folder");
            for (int i = 0; i < files.size(); i++) {
                Fragment f = l.fragment(l.fileSource(files.get(i)));
                if (i > 0 && f.extendsRef().isPresent())
                    throw YamlMap.error(f.extendsRef().get().location(),
                            "in a pack folder only the first file (by name) may use 'extends'");
                if (i == 0) l.applyWithParents(f, l.loaded.get(l.loaded.size() - 1), b);
                else b.apply(f);
            }
        } else {
            l.resolve(l.fileSource(fileOrFolder), b);
        }
        return b.build(l.labels(), l.sha256());
    }

    private void resolve(Source s, PackBuilder b) {
        Fragment f = fragment(s);
        applyWithParents(f, s, b);
    }

    private void applyWithParents(Fragment f, Source s, PackBuilder b) {
        if (!stack.add(s.key())) throw new IllegalStateException("cycle not caught");
        stackLabels.add(s.label());
        if (f.extendsRef().isPresent()) {
            YamlMap.Located ref = f.extendsRef().get();
            Source parent = parentOf(s, ref);
            if (stack.contains(parent.key())) {
                List<String> chain = new ArrayList<>(stackLabels);
                chain.add(parent.label());
                throw YamlMap.error(ref.location(), "cycle of 'extends': " + String.join(" -> ", chain));
            }
            // Parents go first in the sources and the digest.
            loaded.remove(s);
            resolve(parent, b);
            loaded.add(s);
        }
        b.apply(f);
        stack.remove(s.key());
        stackLabels.remove(stackLabels.size() - 1);
    }

    private Fragment fragment(Source s) {
        loaded.add(s);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(s.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new RulePackException(Location.startOf(s.label()) + ": not valid UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return PackParser.parse(text, s.label());
    }

    private Source parentOf(Source child, YamlMap.Located ref) {
        String v = ref.value();
        boolean path = v.contains("/") || v.contains("\\") || v.endsWith(".yaml") || v.endsWith(".yml");
        if (!path) return builtinSource(v, ref.location());
        if (child.builtin()) {
            return builtinSource(v.replaceFirst("\\.ya?ml$", "").replaceFirst("^\\./", ""), ref.location());
        }
        Path p = child.dir().orElse(Path.of(".")).resolve(v);
        if (!Files.exists(p)) throw YamlMap.error(ref.location(), "extends: no such file '" + p + "'");
        return fileSource(p);
    }

    private Source builtinSource(String name, Location at) {
        String res = BUILTIN_DIR + name + ".yaml";
        try (InputStream in = PackLoader.class.getResourceAsStream(res)) {
            if (in == null) {
                throw YamlMap.error(at, "unknown builtin pack '" + name + "' (builtin: "
                        + String.join(", ", builtinNames()) + "; a file path must end in .yaml)");
            }
            return new Source("packs/" + name + ".yaml", "builtin:" + name, in.readAllBytes(), Optional.empty(), true);
        } catch (IOException e) {
            throw new RulePackException(at + ": cannot read builtin pack '" + name + "': " + e.getMessage(), e);
        }
    }

    private Source fileSource(Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            Path real = p.toRealPath();
            return new Source(label(p), real.toString(), bytes, Optional.ofNullable(real.getParent()), false);
        } catch (IOException e) {
            throw new RulePackException(Location.startOf(p.toString()) + ": cannot read rule pack: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
    }

    /** The path as the user would write it: relative to the working folder when inside it. */
    private static String label(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : p.normalize().toString();
    }

    private List<String> labels() {
        List<String> out = new ArrayList<>(loaded.size()); // a loop: no lambda class spun at start-up
        for (Source s : loaded) out.add(s.label());
        return out.stream().toList(); // the list class toList gave before
    }

    private String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Source s : loaded) md.update(s.bytes());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
