package org.policylens.rules.match;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class LiteralStartsTest {

    @ParameterizedTest
    @ValueSource(strings = {"^(教育|医疗)、", "(教育|医疗)\\b", "(?i)(教育|医疗)", "\\A(教育|医疗)"})
    void assertionsThatLookBeforeTheStartAreNotAnchored(String pattern) {
        assertNull(LiteralStarts.of(pattern));
    }

    @Test
    void aNegatedClassIsNoAssertion() {
        assertNotNull(LiteralStarts.of("(教育|医疗)[^，]*等"));
    }

    @Test
    void findsWhatTheSearchFinds() {
        String re = "(教育|医疗|养老)(、(教育|医疗|养老)){1,7}等";
        String text = "医疗改革，教育、医疗、养老等，养老、教育等事业";
        int[][] out = {new int[4]};
        int n = LiteralStarts.of(re).find(Pattern.compile(re), text, 0, text.length(), out, 0);
        assertArrayEquals(new int[]{5, 14, 15, 21}, java.util.Arrays.copyOf(out[0], n));
    }

    @Test
    void aFailedTryAtALiteralMovesOnToTheNext() {
        String re = "(教育|医疗)(、(教育|医疗))+";
        String text = "教育医疗、教育";
        int[][] out = {new int[4]};
        int n = LiteralStarts.of(re).find(Pattern.compile(re), text, 0, text.length(), out, 0);
        assertArrayEquals(new int[]{2, 7}, java.util.Arrays.copyOf(out[0], n));
    }
}
