package org.policylens.analysis.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvFilesTest {

    @Test
    void quotesOnlyFieldsThatNeedIt() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",,1\n",
                CsvFiles.line(Arrays.asList("a", "b,c", "say \"hi\"", "two\nlines", null, 1)));
    }

    @Test
    void commonsCsvReadsBackEveryField() throws IOException {
        List<String> values = List.of("经济,发展", "\"引号\"", "换\r\n行", "", " 空格 ");
        try (CSVParser p = CSVParser.parse(new StringReader(CsvFiles.line(values)), CSVFormat.RFC4180)) {
            assertEquals(values, p.getRecords().get(0).toList());
        }
    }

    /** A random string of runs: ASCII (with the quoting chars), Latin-1, two-byte, CJK, paired and lone surrogates. */
    static String randomText(java.util.SplittableRandom r, int maxLength) {
        int n = r.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            int kind = r.nextInt(8);
            for (int k = 1 + r.nextInt(6); k > 0; k--) {
                switch (kind) {
                    case 0 -> sb.append(",\"\n\ra 1|".charAt(r.nextInt(8)));
                    case 1 -> sb.append((char) r.nextInt(0x80));
                    case 2 -> sb.append((char) r.nextInt(0x80, 0x100));
                    case 3 -> sb.append((char) r.nextInt(0x100, 0x800));
                    case 4, 5 -> sb.append((char) r.nextInt(0x3400, 0xA000));
                    case 6 -> sb.append(Character.toChars(r.nextInt(0x10000, 0x110000)));
                    default -> sb.append((char) r.nextInt(0xD800, 0xE000)); // lone (or accidentally paired)
                }
            }
        }
        return sb.toString();
    }

    /** The loop field() had before it tested with indexOf. */
    private static void oldField(StringBuilder out, String s) {
        int n = s.length();
        boolean quote = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            out.append(s);
            return;
        }
        out.append('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"') out.append('"');
            out.append(c);
        }
        out.append('"');
    }

    @Test
    void fieldIsTheSameAsTheCharLoopOnRandomTexts() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int round = 0; round < 20_000; round++) {
            String s = randomText(r, 30);
            StringBuilder expected = new StringBuilder();
            oldField(expected, s);
            StringBuilder actual = new StringBuilder();
            CsvFiles.field(actual, s);
            assertEquals(expected.toString(), actual.toString(), s);
        }
    }
}
