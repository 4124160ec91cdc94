package org.policylens.analysis.report;

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
            String esc = switch (json.charAt(i)) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (esc != null) {
                b.append(json, from, i).append(esc);
                from = i + 1;
            }
        }
        return b.append(json, from, n);
    }
}
