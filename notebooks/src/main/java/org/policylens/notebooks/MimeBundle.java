package org.policylens.notebooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rich output of a notebook cell: the same content in one or more MIME types, as Jupyter shows it
 * ({@code text/plain} is always present so a plain front end has something to print).
 *
 * @param data MIME type to content; binary types ({@code image/png}) hold base64 text
 */
public record MimeBundle(Map<String, String> data) {

    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    public MimeBundle {
        Objects.requireNonNull(data, "data");
        if (!data.containsKey(TEXT)) {
            throw new IllegalArgumentException("a MIME bundle needs a text/plain entry, got " + data.keySet());
        }
        data.forEach((type, content) -> {
            Objects.requireNonNull(type, "MIME type");
            Objects.requireNonNull(content, "content of " + type);
        });
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** A bundle with plain text only. */
    public static MimeBundle text(String text) {
        return new MimeBundle(Map.of(TEXT, text));
    }

    /** A bundle with one rich type and its plain-text fallback. */
    public static MimeBundle of(String type, String content, String plainText) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(TEXT, plainText);
        data.put(type, content);
        return new MimeBundle(data);
    }

    public String plainText() {
        return data.get(TEXT);
    }

    public boolean has(String type) {
        return data.containsKey(type);
    }

    /** Shown as its plain text, so a bundle printed with {@code println} still reads sensibly. */
    @Override
    public String toString() {
        return plainText();
    }
}
