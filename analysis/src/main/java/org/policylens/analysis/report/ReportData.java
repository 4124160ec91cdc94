package org.policylens.analysis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the page's script works with, as compact JSON (arrays of indexes rather than repeated strings): themes,
 * documents with their group values, the panel and group measures, and the units for the sentence explorer.
 */
final class ReportData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputFolder out;
    private final List<ReportTheme> themes;
    private final Indexer docs = new Indexer();
    private final Indexer themeIndex = new Indexer();
    private final Indexer parts = new Indexer();
    private final Indexer measures = new Indexer();
    private final Map<String, List<String>> docGroups = new LinkedHashMap<>();
    private final ExplorerUnits explorer;

    ReportData(OutputFolder out, List<ReportTheme> themes, ReportOptions options) {
        this.out = out;
        this.themes = themes;
        themes.forEach(t -> themeIndex.of(t.id()));
        List.of("all", "review", "plan", "other").forEach(parts::of);
        Vocabulary.MEASURES.forEach(measures::of);
        List<String> vars = out.groupVars();
        for (CsvTable.Row r : out.panel().rows()) {
            String doc = r.get("document");
            docs.of(doc);
            docGroups.computeIfAbsent(doc, d -> vars.stream().map(r::get).toList());
        }
        this.explorer = new ExplorerUnits(out, docs, themeIndex, parts, options);
    }

    ExplorerUnits explorer() {
        return explorer;
    }

    List<String> documents() {
        return docs.values();
    }

    /** The page data as compact JSON. */
    String toJson() {
        StringWriter w = new StringWriter();
        write(w);
        return w.toString();
    }

    /**
     * Appends {@link Html#scriptJson}{@code (toJson())} to {@code b}: the JSON is streamed (no tree, no string of it)
     * through the escaping into the page.
     */
    void appendScriptJson(StringBuilder b) {
        write(Html.scriptJsonWriter(b));
    }

    /**
     * Writes the fields in the order the former Jackson tree had them (its keys in insertion order), with the
     * generator calls the tree's serialisation made: the same characters.
     */
    private void write(Writer w) {
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("themes");
            for (ReportTheme t : themes) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("label", t.label());
                g.writeStringField("en", t.labelEn());
                g.writeStringField("color", t.color());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groupVars");
            for (String v : out.groupVars()) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("panel");
            for (CsvTable.Row r : out.panel().rows()) {
                g.writeStartArray();
                g.writeNumber(docs.of(r.get("document")));
                writeMeasure(g, r, parts, themeIndex, measures);
                g.writeEndArray();
            }
            g.writeEndArray();
            Indexer groupBys = new Indexer();
            Map<String, Indexer> groupValues = new LinkedHashMap<>();
            g.writeArrayFieldStart("groupRows");
            if (out.groups().isPresent()) {
                for (CsvTable.Row r : out.groups().get().rows()) {
                    String by = r.get("group_by");
                    g.writeStartArray();
                    g.writeNumber(groupBys.of(by));
                    g.writeNumber(groupValues.computeIfAbsent(by, k -> new Indexer()).of(r.get("group")));
                    writeMeasure(g, r, parts, themeIndex, measures);
                    g.writeEndArray();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groupBys");
            for (String by : groupBys.values()) {
                g.writeStartObject();
                g.writeStringField("name", by);
                g.writeArrayFieldStart("groups");
                for (String v : groupValues.get(by).values()) {
                    g.writeString(v);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            explorer.writeTo(g);
            // Indexers may have grown while reading rows: write their final value lists last.
            g.writeArrayFieldStart("docs");
            for (String doc : docs.values()) {
                g.writeStartObject();
                g.writeStringField("id", doc);
                g.writeArrayFieldStart("groups");
                for (String v : docGroups.getOrDefault(doc, List.of())) {
                    g.writeString(v);
                }
                g.writeEndArray();
                g.writeNumberField("units", explorer.total(doc));
                g.writeNumberField("shown", explorer.shown(doc));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("parts");
            for (String p : parts.values()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("measures");
            for (String m : measures.values()) {
                g.writeStartObject();
                g.writeStringField("id", m);
                g.writeStringField("label", Vocabulary.measure(m));
                g.writeBooleanField("share", Vocabulary.isShare(m));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("extraThemes");
            List<String> all = themeIndex.values();
            for (int i = themes.size(); i < all.size(); i++) {
                g.writeString(all.get(i));
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise report data", e);
        }
    }

    /** NaN and infinities as null (JSON has no such numbers). */
    /** The part, theme and measure (as indexes), then value, lower and upper of a panel or group row. */
    private static void writeMeasure(JsonGenerator g, CsvTable.Row r, Indexer parts, Indexer themes, Indexer measures)
            throws IOException {
        g.writeNumber(parts.of(r.get("part")));
        g.writeNumber(themes.of(r.get("theme")));
        g.writeNumber(measures.of(r.get("measure")));
        writeNumber(g, r.number("value"));
        writeNumber(g, r.number("lower"));
        writeNumber(g, r.number("upper"));
    }

    private static void writeNumber(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    /** Assigns 0, 1, 2, ... to values in order of first use. */
    static final class Indexer {
        private final Map<String, Integer> index = new LinkedHashMap<>();

        int of(String value) {
            return index.computeIfAbsent(value, v -> index.size());
        }

        List<String> values() {
            return new ArrayList<>(index.keySet());
        }
    }
}
