package org.policylens.analysis.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reproducibility record {@code run.json}: PolicyLens version, rule pack, every input with size and
 * SHA-256, the options that shape the outputs, Java version, start and end time (ISO-8601 UTC).
 * Field order is fixed; {@code options} keys are written sorted.
 */
public record RunRecord(String version, String packName, String packVersion, String packSha256,
                        List<InputFile> inputs, Map<String, Object> options, String javaVersion,
                        Instant started, Instant finished) {

    /** One input file. */
    public record InputFile(String path, long size, String sha256) {
        public InputFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public RunRecord {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(packName, "packName");
        Objects.requireNonNull(packVersion, "packVersion");
        Objects.requireNonNull(packSha256, "packSha256");
        inputs = List.copyOf(inputs);
        options = Map.copyOf(options);
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
    }

    /** The JSON text (two-space indent, {@code \n} line ends, trailing newline). */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("policylens_version", version);
        ObjectNode pack = root.putObject("rule_pack");
        pack.put("name", packName);
        pack.put("version", packVersion);
        pack.put("sha256", packSha256);
        ArrayNode in = root.putArray("inputs");
        for (InputFile f : inputs) {
            ObjectNode o = in.addObject();
            o.put("path", f.path());
            o.put("size", f.size());
            o.put("sha256", f.sha256());
        }
        ObjectNode opts = root.putObject("options");
        options.keySet().stream().sorted().forEach(k -> opts.set(k, mapper.valueToTree(options.get(k))));
        root.put("java_version", javaVersion);
        root.put("started", started.truncatedTo(ChronoUnit.MILLIS).toString());
        root.put("finished", finished.truncatedTo(ChronoUnit.MILLIS).toString());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write run.json", e);
        }
    }
}
