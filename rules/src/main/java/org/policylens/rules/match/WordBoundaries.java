package org.policylens.rules.match;

import org.policylens.rules.segment.ChineseSegmenter;

import java.util.BitSet;

/**
 * Word boundaries of one unit, computed on first use only (most units have no bounded-term candidate and
 * are never segmented). Uses {@link ChineseSegmenter#boundaries}.
 */
final class WordBoundaries {

    private final String text;
    private BitSet boundary;

    WordBoundaries(String text) {
        this.text = text;
    }

    /** Whether {@code [start, end)} starts and ends on word boundaries. */
    boolean isWord(int start, int end) {
        if (boundary == null) boundary = ChineseSegmenter.standard().boundaries(text);
        return boundary.get(start) && boundary.get(end);
    }
}
