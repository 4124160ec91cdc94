package org.policylens.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsFormatTest {
    @Test
    void roundsSmallValuesToSixSignificantDigits() {
        assertEquals("0.123457", StatsFormat.number(0.1234567));
    }

    @Test
    void keepsTinyPValuesWithoutExponent() {
        assertEquals("0.000149107", StatsFormat.number(0.000149106601697924));
    }

    @Test
    void keepsSixDecimalsForLargeValues() {
        assertEquals("476.190476", StatsFormat.number(5 * 10000.0 / 105));
    }

    @Test
    void printsWholeNumbersWithoutDecimals() {
        assertEquals("1234567", StatsFormat.number(1234567.0));
    }

    @Test
    void printsNaNAsEmptyCell() {
        assertEquals("", StatsFormat.number(Double.NaN));
    }

    @Test
    void printsNegativeZeroAsZero() {
        assertEquals("0", StatsFormat.number(-0.0));
    }
}
