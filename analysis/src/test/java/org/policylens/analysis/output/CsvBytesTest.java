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

    private static final List<String> TRICKY = List.of("", "plain", "a,b", "say \"hi\"", "\"", "\"\"", "two\nlines",
            "cr\rhere", "crlf\r\n", "经济,发展", "“引号”,\"ascii\"", "\uD83D\uDE00 emoji, pair", "lone \uD800 high",
            "lone \uDC00 low", "é ü ñ", "tab\tand space ", "，全角逗号", ",", "\n");

    @Test
    void copiedFieldIsTheSameBytesAsAFreshlyEncodedOne() {
        for (String s : TRICKY) {
            CsvBytes summary = new CsvBytes(4);
            int f = summary.startField();
            summary.text("rule.id:");
            int from = summary.size();
            boolean quote = summary.textQuoting(s);
            int to = summary.size();
            CsvBytes copied = new CsvBytes(2).field(summary, from, to, quote);
            summary.endField(f);
            assertEquals(new CsvBytes(2).field(s).toString(), copied.toString(), s);
            assertEquals(s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0,
                    quote, s);
        }
    }

    @Test
    void textQuotingLeavesTheSurroundingFieldsQuotingAlone() {
        CsvBytes b = new CsvBytes(4);
        int f = b.startField();
        b.text("a,b|");
        assertEquals(false, b.textQuoting("plain"));
        b.endField(f);
        assertEquals("\"a,b|plain\"", b.toString());
    }

    @Test
    void rawCopiesWithinTheSameBufferWhileItGrows() {
        CsvBytes b = new CsvBytes(1);
        b.field("经济,发展");
        int end = b.size();
        for (int i = 0; i < 10; i++) b.ascii(',').raw(b, 0, end);
        String one = CsvFiles.line(List.of("经济,发展")).strip();
        assertEquals(String.join(",", java.util.Collections.nCopies(11, one)), b.toString());
    }

    @Test
    void rowsOfTrickyFieldsReadBackWithCommonsCsv() throws java.io.IOException {
        CsvBytes b = new CsvBytes(8);
        for (String s : TRICKY) {
            CsvBytes summary = new CsvBytes(1);
            int f = summary.startField();
            summary.text("x:");
            int from = summary.size();
            boolean quote = summary.textQuoting(s);
            int to = summary.size();
            b.field(summary, from, to, quote);
            summary.endField(f);
            b.ascii(',').raw(summary, 0, summary.size()).ascii(',').field(s).ascii('\n');
        }
        var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(b.toString()));
        List<org.apache.commons.csv.CSVRecord> records = parser.getRecords();
        assertEquals(TRICKY.size(), records.size());
        for (int i = 0; i < TRICKY.size(); i++) {
            String s = TRICKY.get(i).replace("\uD800", "?").replace("\uDC00", "?"); // lone surrogates: '?' as the JDK
            assertEquals(s, records.get(i).get(0));
            assertEquals("x:" + s, records.get(i).get(1));
            assertEquals(s, records.get(i).get(2));
        }
    }

    @Test
    void pooledBufferReusedAfterReleaseHoldsOnlyTheNewRows() {
        CsvBytes first = CsvBytes.pooled(RowBufferPool.MIN_BYTES);
        for (int i = 0; i < 2_000; i++) first.field("经济,发展 " + i).ascii('\n');
        first.rows().release();
        CsvBytes second = CsvBytes.pooled(RowBufferPool.MIN_BYTES);
        second.field("短").ascii(',').number(7L).ascii('\n');
        assertEquals("短,7\n", second.rows().toString());
    }

    @Test
    void releasedRowsCannotBeWrittenAgain() {
        CsvBytes b = CsvBytes.pooled(RowBufferPool.MIN_BYTES);
        b.field("x");
        CsvRows rows = b.rows();
        rows.release();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> rows.writeTo(new java.io.ByteArrayOutputStream()));
    }

    @Test
    void asciiCharAsTextIsTheSameAsItsOneCharString() {
        for (char c = 0; c < 0x80; c++) {
            CsvBytes byChar = new CsvBytes(1);
            CsvBytes byString = new CsvBytes(1);
            int f1 = byChar.startField();
            byChar.text("a").text(c).text("b");
            byChar.endField(f1);
            int f2 = byString.startField();
            byString.text("a").text(String.valueOf(c)).text("b");
            byString.endField(f2);
            assertEquals(byString.toString(), byChar.toString(), "char " + (int) c);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new CsvBytes(1).text('\u4e2d'));
    }

    @Test
    void integersAreTheSameTextAsLongToString() {
        SplittableRandom random = new SplittableRandom(5);
        long[] edges = {0, 1, 9, 10, 99, 100, 101, 999, 1000, 9999, 10000, 99999, 100000, 999999, 1000000, 9999999,
                10000000, 99999999, 100000000, 999999999, 1000000000, Integer.MAX_VALUE - 1L, Integer.MAX_VALUE,
                Integer.MAX_VALUE + 1L, -1, -9, -10, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long v : edges) assertEquals(Long.toString(v), new CsvBytes(1).number(v).toString(), "value " + v);
        for (int i = 0; i < 200_000; i++) {
            long v = switch (i % 4) {
                case 0 -> random.nextInt(1000);
                case 1 -> random.nextInt(Integer.MAX_VALUE);
                case 2 -> random.nextLong();
                default -> (long) random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
            };
            CsvBytes b = new CsvBytes(1).ascii('x');
            assertEquals("x" + v + ",", b.number(v).ascii(',').toString(), "value " + v);
        }
    }

    /** Quoting by shifting (no quote inside) or by doubling (quotes inside), on fields built from pieces of each kind. */
    @Test
    void randomFieldsFromPiecesAreQuotedAsCsvFilesQuotesThem() {
        String[] pieces = {"a", ",", "\"", "\n", "\r", "经济", "x\"y", "é", "\uD83D\uDE00", "|", ""};
        SplittableRandom random = new SplittableRandom(14);
        for (int round = 0; round < 5_000; round++) {
            int fields = 1 + random.nextInt(4);
            CsvBytes b = new CsvBytes(1 + random.nextInt(8));
            java.util.List<String> expected = new java.util.ArrayList<>();
            for (int k = 0; k < fields; k++) {
                StringBuilder text = new StringBuilder();
                if (k > 0) b.ascii(',');
                int f = b.startField();
                int n = random.nextInt(6);
                for (int j = 0; j < n; j++) {
                    String piece = pieces[random.nextInt(pieces.length)];
                    text.append(piece);
                    switch (random.nextInt(3)) {
                        case 0 -> b.text(piece);
                        case 1 -> {
                            if (piece.length() == 1 && piece.charAt(0) < 0x80) b.text(piece.charAt(0));
                            else b.text(piece);
                        }
                        default -> b.textQuoting(piece);
                    }
                }
                b.endField(f);
                expected.add(text.toString());
            }
            b.ascii('\n');
            assertEquals(CsvFiles.line(expected), b.toString(), expected.toString());
        }
    }
}
