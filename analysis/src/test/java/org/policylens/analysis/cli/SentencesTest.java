package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsAndKeepsClosingQuote() {
        assertEquals(List.of("一是稳增长；", "他说：“好。”", "完了"), Sentences.split("一是稳增长；他说：“好。”\n完了"));
    }
}
