package org.policylens.rules.segment;

import java.util.Objects;

/**
 * One word of a segmented text.
 *
 * @param word  the word as it appears in the segmented text
 * @param pos   HanLP part-of-speech tag ({@code w} for punctuation)
 * @param start offset of the word's first char in the segmented text
 * @param end   offset after its last char
 */
public record Token(String word, String pos, int start, int end) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end - start != word.length())
            throw new IllegalArgumentException("bad token offsets [" + start + ", " + end + ") for '" + word + "'");
    }

    /** Whether the token is punctuation or white space (not a word for word counts). */
    public boolean isPunctuation() {
        return pos.startsWith("w") || word.isBlank();
    }
}
