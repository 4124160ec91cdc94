package org.policylens.analysis.report;

import java.io.Writer;

/** Escaping for text that goes into HTML: every value from the outputs passes through here. */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Makes JSON safe inside {@code <script type="application/json">}: {@code <}, {@code >} and {@code &} only occur
     * inside JSON strings, where their unicode escapes mean the same, so no {@code </script>} or {@code <!--} survives.
     */
    static String scriptJson(String json) {
        return appendScriptJson(new StringBuilder(json.length() + 16), json).toString();
    }

    /** Appends {@link #scriptJson}{@code (json)} to {@code b} in one pass (no intermediate strings). */
    static StringBuilder appendScriptJson(StringBuilder b, String json) {
        int from = 0;
        int n = json.length();
        for (int i = 0; i < n; i++) {
            String esc = escape(json.charAt(i));
            if (esc != null) {
                b.append(json, from, i).append(esc);
                from = i + 1;
            }
        }
        return b.append(json, from, n);
    }

    /** What {@link #scriptJson} puts for {@code c}; null to keep it. */
    private static String escape(char c) {
        return switch (c) {
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> null;
        };
    }

    /** A writer that appends what it is given to {@code b} escaped as {@link #scriptJson} does. */
    static Writer scriptJsonWriter(StringBuilder b) {
        return new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                int from = off;
                int end = off + len;
                for (int i = off; i < end; i++) {
                    String esc = escape(cbuf[i]);
                    if (esc != null) {
                        b.append(cbuf, from, i - from).append(esc);
                        from = i + 1;
                    }
                }
                b.append(cbuf, from, end - from);
            }

            @Override
            public void write(String str, int off, int len) {
                appendScriptJson(b, str.substring(off, off + len));
            }

            @Override
            public void write(int c) {
                appendScriptJson(b, String.valueOf((char) c));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
