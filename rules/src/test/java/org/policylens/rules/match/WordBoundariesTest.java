package org.policylens.rules.match;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordBoundariesTest {

    private static final String TEXT = "推动能耗持续下降，培育发展新动能。";

    @Test
    void aTermAcrossTwoWordsIsNotAWord() {
        int at = TEXT.indexOf("动能");
        assertFalse(new WordBoundaries(TEXT).isWord(at, at + 2));
    }

    @Test
    void aTermThatIsAWordInItsClauseIsAWord() {
        int at = TEXT.lastIndexOf("动能");
        assertTrue(new WordBoundaries(TEXT).isWord(at, at + 2));
    }

    @Test
    void aTermRightAfterPunctuationIsJudgedInItsOwnClause() {
        String text = "加快发展，动能转换取得成效。";
        int at = text.indexOf("动能");
        assertTrue(new WordBoundaries(text).isWord(at, at + 2));
    }
}
