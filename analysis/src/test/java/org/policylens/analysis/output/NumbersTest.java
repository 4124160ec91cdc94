package org.policylens.analysis.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({"3.0,3", "0.1234567,0.123457", "0.5,0.5", "0.00001234567,0.0000123457", "-2.25,-2.25"})
    void sameRuleAsStatsFormat(double in, String out) {
        assertEquals(out, Numbers.format(in));
    }

    @org.junit.jupiter.api.Test
    void nanIsAnEmptyCell() {
        assertEquals("", Numbers.format(Double.NaN));
    }
}
