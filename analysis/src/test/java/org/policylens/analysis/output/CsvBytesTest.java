package org.policylens.analysis.output;

import org.junit.jupiter.api.Test;
import org.policylens.analysis.stats.StatsFormat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvBytesTest {

    private static String row(List<?> values) {
        return new CsvBytes(4).row(values).toString();
    }

    @Test
    void rowIsTheSameTextAsCsvFiles() {
        List<Object> values = Arrays.asList("a", "b,c", "say \"hi\"", "two\nlines", null, 1, "经济,发展", "\"引号\"", "换\r\n行");
        assertEquals(CsvFiles.line(values), row(values));
    }

    @Test
    void encodesUtf8LikeTheJdkIncludingSurrogatePairsAndLoneSurrogates() {
        String s = "a\u00e9\u4e2d\uD83D\uDE00\uD800x";
        CsvBytes b = new CsvBytes(1);
        b.field(s);
        CsvRows rows = b.rows();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            rows.writeTo(out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void fieldBuiltFromPiecesIsQuotedAsAWhole() {
        CsvBytes b = new CsvBytes(4);
        int f = b.startField();
        b.text("economy").text(",").text("say \"x\"");
        b.endField(f);
        assertEquals("\"economy,say \"\"x\"\"\"", b.toString());
    }

    @Test
    void longsPrintAsLongToString() {
        CsvBytes b = new CsvBytes(1);
        b.number(0L).ascii(',').number(-17L).ascii(',').number(Long.MAX_VALUE).ascii(',').number(Long.MIN_VALUE);
        assertEquals("0,-17," + Long.MAX_VALUE + "," + Long.MIN_VALUE, b.toString());
    }

    @Test
    void doublesPrintAsStatsFormatAtEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 5) {
                case 0 -> r.nextDouble();                                     // shares
                case 1 -> r.nextDouble() * Math.pow(10, r.nextInt(-18, 12)); // any magnitude
                case 2 -> r.nextInt(1, 5000) / (double) r.nextInt(1, 5000);  // ratios of counts
                case 3 -> Math.round(r.nextDouble() * 1e7) / 1e7 + 0.0000005; // near a rounding midpoint
                default -> -r.nextDouble() * 100;
            };
            CsvBytes b = new CsvBytes(8);
            b.number(d);
            assertEquals(StatsFormat.number(d), b.toString(), Double.toString(d));
        }
    }

    @Test
    void specialValuesPrintAsStatsFormat() {
        for (double d : new double[]{Double.NaN, 0.0, -0.0, 1.0, 0.1, 0.9999995, 0.99999949, 999999.9999995, 1e-20,
                1e20, Double.MIN_VALUE, 1e-5, 1e-6, 0.000123, 12345678.123456}) {
            CsvBytes b = new CsvBytes(8);
            b.number(d);
            assertEquals(StatsFormat.number(d), b.toString(), Double.toString(d));
        }
    }
}
