package org.policylens.analysis.ingest;

/**
 * Character classes shared by the layout and the sentence splitter (folded text: spaces are ' ', removed
 * text is {@link Cleaner#REMOVED}).
 */
final class Chars {

    private Chars() {
    }

    /** Ends a sentence or a complete clause: 。！？!? and ；;. */
    /** {@code Character.isLetter} of every char, looked up once (64 KB) instead of through {@code CharacterData}. */
    private static final boolean[] LETTER = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) LETTER[c] = Character.isLetter((char) c);
    }

    /** {@code Character.isLetter(c)}, from a table. */
    static boolean letter(char c) {
        return LETTER[c];
    }

    static boolean terminal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';';
    }

    /** Closing quotes and brackets that stay with the sentence before them. */
    static boolean closer(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '】' || c == '〕'
                || c == '》' || c == '"' || c == '\'';
    }

    /** A line ending in one of these ends its paragraph: sentence ends and colons. */
    static boolean lineEnd(char c) {
        return terminal(c) || c == '：' || c == ':';
    }

    /** A line starting with one of these continues the previous line. */
    static boolean continuation(char c) {
        return c == '，' || c == '、' || c == '。' || c == '；' || c == '：' || c == '）' || c == ')' || c == '”'
                || c == '’' || c == '」' || c == '』' || c == '%' || c == ',' || c == ';' || c == ':' || c == '！'
                || c == '？' || c == '!' || c == '?' || c == '》';
    }

    /** Any punctuation a heading line would not end with. */
    static boolean trailingPunct(char c) {
        return lineEnd(c) || c == '，' || c == ',' || c == '、' || c == '“' || c == '（' || c == '(' || c == '《'
                || c == '‘' || c == '.';
    }

    /** White space, including removed text ({@link Cleaner#REMOVED}), which reads like a space. */
    static boolean space(char c) {
        return c == ' ' || TextLines.isSpace(c) || c == Cleaner.REMOVED;
    }

    static boolean lineBreak(char c) {
        return TextLines.isBreak(c);
    }

    static boolean blank(char c) {
        return space(c) || lineBreak(c);
    }

    static boolean cjk(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x3000 && c <= 0x303F;
    }

    static boolean asciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Whether quotes and brackets in {@code [s, e)} are balanced (a heading line never leaves one open). */
    static boolean balanced(char[] t, int s, int e) {
        int quotes = 0;
        int brackets = 0;
        int books = 0;
        for (int i = s; i < e; i++) {
            char c = t[i];
            if (c == '“') quotes++;
            else if (c == '”') quotes--;
            else if (c == '（' || c == '(') brackets++;
            else if (c == '）' || c == ')') brackets--;
            else if (c == '《') books++;
            else if (c == '》') books--;
        }
        return quotes == 0 && brackets == 0 && books == 0;
    }
}
