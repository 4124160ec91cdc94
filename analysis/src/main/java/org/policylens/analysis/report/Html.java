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
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
