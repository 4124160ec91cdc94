package org.policylens.analysis.ingest;

import java.util.Locale;

/** The language of a document, which decides how it is split into sentences. */
public enum Language {
    /** Chinese: split by the project's own splitter at 。！？!? and ；;. */
    CHINESE,
    /** English: split with Stanford CoreNLP (tokenize, ssplit), paragraph by paragraph. */
    ENGLISH;

    /** Short id used on the command line and in outputs: {@code zh} or {@code en}. */
    public String id() {
        return this == CHINESE ? "zh" : "en";
    }

    /** Parses {@code zh}/{@code chinese} or {@code en}/{@code english} (any case). */
    public static Language parse(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "zh": case "chinese": return CHINESE;
            case "en": case "english": return ENGLISH;
            default: throw new IllegalArgumentException("unknown language '" + s + "' (use zh or en)");
        }
    }

    /**
     * Detects the language from the share of CJK ideographs among letters: Chinese when at least
     * 20% of the letters (in the first 200,000 characters) are CJK; Chinese reports quote Latin names freely.
     */
    public static Language detect(CharSequence text) {
        long cjk = 0;
        long letters = 0;
        int n = Math.min(text.length(), 200_000);
        for (int i = 0; i < n; i++) {
            // Decided early when even n - i more non-CJK letters could not bring the CJK share below 20%.
            if ((i & 1023) == 0 && cjk * 5 >= letters + (n - i) && cjk > 0) return CHINESE;
            char c = text.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
                cjk++;
                letters++;
            } else if (Chars.letter(c)) {
                letters++;
            }
        }
        return letters == 0 || cjk * 5 >= letters ? CHINESE : ENGLISH;
    }
}
