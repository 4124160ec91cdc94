package org.policylens.analysis.output;

import java.util.List;

/**
 * The one CSV dialect of PolicyLens outputs: RFC 4180, comma, {@code \n} line ends, a field quoted only when it
 * holds a comma, a double quote or a line break (quotes doubled inside). Written by hand rather than through a
 * CSV library because {@code units.csv} formatting is on the hot path; any RFC 4180 reader (Commons CSV, pandas,
 * R, Stata) reads it back.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** Appends one record (values via {@code String.valueOf}, null as an empty field) and its {@code \n}. */
    public static void append(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(',');
            Object v = values.get(i);
            if (v != null) field(out, v.toString());
        }
        out.append('\n');
    }

    /** One record as a string (with its trailing {@code \n}). */
    public static String line(List<?> values) {
        StringBuilder sb = new StringBuilder();
        append(sb, values);
        return sb.toString();
    }

    /** Appends one field, quoted if needed. */
    public static void field(StringBuilder out, String s) {
        // indexOf, not a charAt loop: charAt's coder branch in a loop with an early exit had C2 hoist the other
        // coder's range check (a profile predicate) that failed and recompiled the method
        int found = Math.max(Math.max(s.indexOf(','), s.indexOf('"')), Math.max(s.indexOf('\n'), s.indexOf('\r')));
        if (found < 0) { // no char that needs quotes
            out.append(s);
            return;
        }
        out.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '"') out.append('"');
            out.append(c);
        }
        out.append('"');
    }
}
