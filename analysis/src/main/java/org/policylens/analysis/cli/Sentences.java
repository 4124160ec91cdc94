package org.policylens.analysis.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately simple sentence splitter for corpus tools ({@code rules audit}, the throughput bench):
 * cuts after 。！？； and their half-width forms, and at line breaks. Documents go through ingest instead.
 */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(cur, out);
                continue;
            }
            cur.append(c);
            if ("。！？；!?;".indexOf(c) >= 0) {
                while (i + 1 < text.length() && "”’」』)）".indexOf(text.charAt(i + 1)) >= 0) cur.append(text.charAt(++i));
                flush(cur, out);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }
}
