package org.policylens.analysis.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * UnitSplitter makes a paragraph's units from the spans {@link UnitSplitter.Spans} collected (the splitter's sink
 * is no longer a lambda making the units): the spans are the ones the splitter hands a sink, in order, also when
 * the array grows and when it is reused for the next paragraph. The units themselves: GoldenFilesTest, UnitsTest.
 */
class UnitSplitterSpansTest {

    private static final String PIECES = "经济发展。！？；;!?“”’」』）（一）1.，, \n \u3000abc";

    @Test
    void spansAreWhatTheSplitterHandsASinkInOrder() {
        SplittableRandom r = new SplittableRandom(15);
        UnitSplitter.Spans spans = new UnitSplitter.Spans();
        for (int round = 0; round < 3_000; round++) {
            int n = r.nextInt(round % 20 == 0 ? 3_000 : 200);
            char[] text = new char[n];
            for (int i = 0; i < n; i++) text[i] = PIECES.charAt(r.nextInt(PIECES.length()));
            int start = n == 0 ? 0 : r.nextInt(n);
            int end = start + r.nextInt(n - start + 1);
            List<int[]> expected = new ArrayList<>();
            SentenceSplitter.split(text, start, end, (s, e) -> expected.add(new int[]{s, e}));
            spans.clear();
            SentenceSplitter.split(text, start, end, spans);
            assertEquals(expected.size(), spans.count());
            for (int k = 0; k < expected.size(); k++) {
                assertEquals(expected.get(k)[0], spans.start(k));
                assertEquals(expected.get(k)[1], spans.end(k));
            }
        }
    }
}
