package org.policylens.rules.pack;

import org.policylens.rules.RulePackException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * A YAML mapping read strictly from snakeyaml-engine's node tree: duplicate and unknown keys are errors, and
 * every error names {@code file:line:column}.
 */
final class YamlMap {

    private final String file;
    private final Location location;
    private final Map<String, NodeTuple> entries;

    private YamlMap(String file, Location location, Map<String, NodeTuple> entries) {
        this.file = file;
        this.location = location;
        this.entries = entries;
    }

    /** Parses {@code yaml} (one document) and returns its top-level mapping. */
    static YamlMap parse(String yaml, String file) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setUseMarks(true).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().or(e::getContextMark).map(m -> locationOf(file, m))
                    .orElse(Location.startOf(file));
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            if (e.getContext() != null) what = e.getContext() + ": " + what;
            throw new RulePackException(at + ": YAML syntax error: " + what.strip(), e);
        } catch (YamlEngineException e) {
            throw new RulePackException(Location.startOf(file) + ": YAML error: " + e.getMessage(), e);
        }
        if (root.isEmpty()) throw new RulePackException(Location.startOf(file) + ": the pack is empty");
        return of(root.get(), file, "the pack");
    }

    /** {@code node} as a mapping; {@code what} names it in the error if it is not one. */
    static YamlMap of(Node node, String file, String what) {
        Location at = locationOf(file, node);
        if (!(node instanceof MappingNode m)) throw error(at, what + " must be a mapping (key: value)");
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks)) throw error(locationOf(file, k), "a key must be a plain word");
            if (entries.containsKey(ks.getValue()))
                throw error(locationOf(file, k), "duplicate key '" + ks.getValue() + "'");
            entries.put(ks.getValue(), t);
        }
        return new YamlMap(file, at, entries);
    }

    static Location locationOf(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    static Location locationOf(String file, Node node) {
        Optional<Mark> mark = node.getStartMark(); // no lambdas on the start-up path: each is a class spun (round 15)
        return mark.isPresent() ? locationOf(file, mark.get()) : Location.startOf(file);
    }

    static RulePackException error(Location at, String message) {
        return new RulePackException(at + ": " + message);
    }

    String file() {
        return file;
    }

    Location location() {
        return location;
    }

    /** Rejects keys outside {@code allowed}, naming the first unknown one and the allowed set. */
    YamlMap requireKnown(String where, Set<String> allowed) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw error(locationOf(file, e.getValue().getKeyNode()),
                        "unknown key '" + e.getKey() + "' in " + where + " (allowed: "
                                + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    /** Location of the value of {@code key} (or of the mapping if absent). */
    Location at(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? location : locationOf(file, t.getValueNode());
    }

    private Optional<Node> value(String key) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) return Optional.empty();
        return Optional.of(t.getValueNode());
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag()) && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"));
    }

    Optional<String> string(String key) {
        Optional<Node> n = value(key);
        return n.isPresent() ? Optional.ofNullable(scalar(n.get(), key)) : Optional.empty();
    }

    String requireString(String key, String where) {
        Optional<String> s = string(key);
        if (s.isEmpty()) throw error(location, where + " needs '" + key + "'");
        return s.get();
    }

    private String scalar(Node n, String key) {
        if (!(n instanceof ScalarNode s)) throw error(locationOf(file, n), "'" + key + "' must be a single value");
        return s.getValue();
    }

    OptionalDouble number(String key) {
        Optional<String> s = string(key);
        if (s.isEmpty()) return OptionalDouble.empty();
        try {
            double d = Double.parseDouble(s.get().strip());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            throw error(at(key), "'" + key + "' must be a number, not '" + s.get() + "'");
        }
    }

    Optional<Integer> integer(String key) {
        Optional<String> s = string(key);
        if (s.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Integer.parseInt(s.get().strip()));
        } catch (NumberFormatException e) {
            throw error(at(key), "'" + key + "' must be a whole number, not '" + s.get() + "'");
        }
    }

    Optional<Boolean> bool(String key) {
        Optional<String> s = string(key);
        if (s.isEmpty()) return Optional.empty();
        return switch (s.get().strip()) {
            case "true", "True", "TRUE", "yes" -> Optional.of(true);
            case "false", "False", "FALSE", "no" -> Optional.of(false);
            default -> throw error(at(key), "'" + key + "' must be true or false, not '" + s.get() + "'");
        };
    }

    /** A list of strings; a single value counts as a list of one. Absent = empty. */
    List<String> strings(String key) {
        List<Located> located = locatedStrings(key);
        List<String> out = new ArrayList<>(located.size());
        for (Located l : located) out.add(l.value());
        return out.stream().toList(); // the list class toList gave before
    }

    /** Like {@link #strings} but each value with its location. */
    List<Located> locatedStrings(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) return List.of();
        List<Located> out = new ArrayList<>();
        if (v.get() instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (!(n instanceof ScalarNode s) || isNull(n))
                    throw error(locationOf(file, n), "'" + key + "' must be a list of words or phrases");
                out.add(new Located(s.getValue(), locationOf(file, n)));
            }
        } else {
            out.add(new Located(scalar(v.get(), key), locationOf(file, v.get())));
        }
        return out;
    }

    /** A list of mappings. Absent = empty. */
    List<YamlMap> maps(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) return List.of();
        if (!(v.get() instanceof SequenceNode seq))
            throw error(locationOf(file, v.get()), "'" + key + "' must be a list (each item starting with '- ')");
        List<YamlMap> out = new ArrayList<>();
        for (Node n : seq.getValue()) out.add(of(n, file, "an item of '" + key + "'"));
        return out;
    }

    /** A string with the place it was written. */
    record Located(String value, Location location) {
    }
}
