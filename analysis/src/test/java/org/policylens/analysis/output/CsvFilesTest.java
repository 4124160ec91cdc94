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
            String s = CsvBytesTest.randomText(r, 30);
            StringBuilder expected = new StringBuilder();
            oldField(expected, s);
            StringBuilder actual = new StringBuilder();
            CsvFiles.field(actual, s);
            assertEquals(expected.toString(), actual.toString(), s);
        }
    }
}
