package org.policylens.analysis.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class HolmTest {
    @Test
    void stepDownIsMonotone() {
        assertArrayEquals(new double[]{0.04, 0.06, 0.06, 0.9},
                Holm.adjust(new double[]{0.01, 0.03, 0.02, 0.9}), 1e-12);
    }

    @Test
    void cappedAtOne() {
        assertArrayEquals(new double[]{1.0, 1.0}, Holm.adjust(new double[]{0.6, 0.7}), 1e-12);
    }

    @Test
    void missingValuesStayMissingAndDoNotCount() {
        assertArrayEquals(new double[]{0.02, Double.NaN, 0.04},
                Holm.adjust(new double[]{0.01, Double.NaN, 0.04}), 1e-12);
    }
}
