package org.policylens.analysis.output;

/** File-name-safe forms of ids (document ids, group values) for chart files. */
final class FileNames {
    private FileNames() {
    }

    /** Keeps letters (any script), digits, '-', '_' and '.'; anything else becomes '_'. */
    static String safe(String id) {
        StringBuilder b = new StringBuilder();
        id.codePoints().forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '-' || cp == '_'
                || cp == '.' ? cp : '_'));
        String s = b.toString();
        if (s.isEmpty() || s.startsWith(".")) s = "_" + s;
        return s;
    }
}
