package org.policylens.analysis.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.analysis.stats.StatsFormat;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({"3.0,3", "0.1234567,0.123457", "0.5,0.5", "2.25,2.25", "-0.125,-0.125", "0.05,0.05", "1.005,1.005",
            "0.00001234567,0.0000123457"})
    void sameRuleAsStatsFormat(double in, String out) {
        assertEquals(out, Numbers.format(in));
    }

    @Test
    void nanIsAnEmptyCell() {
        assertEquals("", Numbers.format(Double.NaN));
    }

    @Test
    void fastPathAgreesWithStatsFormatOnSumsOfWeights() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double d = 0;
            for (int k = r.nextInt(6); k > 0; k--) d += (r.nextInt(12) - 2) * 0.25 + r.nextInt(3) * 0.1;
            if (i % 3 == 0) d = r.nextInt(-5_000_000, 5_000_000) / 1000.0;
            assertEquals(StatsFormat.number(d), Numbers.format(d), Double.toString(d));
        }
    }

    @Test
    void zeroAndNegativeZeroAreZeroOnEveryPath() {
        for (double d : new double[]{0.0, -0.0}) {
            assertEquals(StatsFormat.number(d), Numbers.format(d));
            CsvBytes b = new CsvBytes(8);
            b.number(d);
            assertEquals("0", b.toString());
        }
    }
}
