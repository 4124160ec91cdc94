package org.policylens.analysis.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {
    @ParameterizedTest
    @CsvSource({"0.0004, p < 0.001", "0.009, p < 0.01", "0.0123, p = 0.012", "0.5, p = 0.5", "1, p = 1"})
    void pValuesInPlainWords(double p, String expected) {
        assertEquals(expected, Numbers.p(p));
    }

    @ParameterizedTest
    @CsvSource({"3.14, +3.1", "-2.36, \u22122.4", "0, +0.0"})
    void residualsCarryTheirSign(double x, String expected) {
        assertEquals(expected, Numbers.signed(x));
    }
}
