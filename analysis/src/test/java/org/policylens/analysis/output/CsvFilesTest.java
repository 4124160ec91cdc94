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
}
