package org.policylens.analysis.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CsvTable's byte scanner against commons-csv's RFC4180 parser (what CsvTable used before), cell by cell. */
class CsvTableTest {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    Path tmp;

    /** Header, then per row its line and cells (as many as the header has, null where the record is short). */
    private static List<String> commonsCsv(String text) throws IOException {
        Reader in = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, FORMAT)) {
            List<String> header = List.copyOf(parser.getHeaderNames());
            out.add(header.toString());
            for (CSVRecord r : parser) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    values.add(i < r.size() ? r.get(i) : null);
                }
                out.add((r.getRecordNumber() + 1) + " " + values);
            }
        }
        return out;
    }

    private List<String> scanner(Path file, boolean copies) {
        List<String> out = new ArrayList<>();
        List<CsvTable.Row> kept = new ArrayList<>();
        List<String> header = CsvTable.scan(file, r -> {
            if (copies) {
                kept.add(r.copy());
            } else {
                out.add(describe(r, CsvTable.header(file)));
            }
        });
        out.add(0, header.toString());
        kept.forEach(r -> out.add(describe(r, header)));
        return out;
    }

    private static String describe(CsvTable.Row r, List<String> header) {
        List<String> values = new ArrayList<>();
        for (String h : header) {
            values.add(r.getOrDefault(h, null));
        }
        return r.line() + " " + values;
    }

    private void assertSame(String text, String what) throws IOException {
        Path f = tmp.resolve("t.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        List<String> expected;
        try {
            expected = commonsCsv(text);
        } catch (IOException | RuntimeException e) {
            assertThrows(InputException.class, () -> scanner(f, false), what);
            return;
        }
        List<String> header = List.of(expected.get(0).substring(1, expected.get(0).length() - 1).split(", ", -1));
        if (header.stream().distinct().count() < header.size()) {
            return; // duplicate names: a cell by name is ambiguous in both; compared by position below instead
        }
        assertEquals(expected, scanner(f, false), what);
        assertEquals(expected, scanner(f, true), what);
    }

    @Test
    void sameCellsAndLinesAsCommonsCsvOnHandPickedCases() throws IOException {
        for (String s : List.of("", "\uFEFF", "\uFEFFa,b\n1,2\n", "a,b", "a,b\n", "a,b\r\n1,2", "a,b\r\n1,2\r\n",
                "a,b\r1,2\r3,4", "a,b\n\n1,2\n\n", "a,b\n1,\n", "a,b\n1,", "a,b\n1\n", "a,b\n1,2,3\n",
                "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", "a,b\n\"multi\nline\r\ncell\",2\n3,4", "a,b\n\"q\"  ,\"r\"\t\n",
                "a,b\n\"q\"\u3000,z\n", "a,b\n\"q\"x,z\n", "a,b\n\"open,2\n", "a,b\nx\"y,z\"\n", "a,b\n\"\",\"\"\n",
                "\"a\",\"b\"\n\"\"\"\",2", "a,b\n中文，逗号,“引号”\n", "a,b\n\"q\"\r", "a,b\n\"q\"\r\n", ",\n1,2",
                "a,a\n1,2\n", "a,b\n\"\u00a0\"\u00a0,1\n", "a,b\n😀,\"😀\"\n")) {
            assertSame(s, s);
        }
    }

    @Test
    void sameCellsAndLinesAsCommonsCsvOnRandomText() throws IOException {
        String[] pieces = {"a", "b", "中", "😀", ",", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\t", "\u3000", "x y"};
        Random random = new Random(15);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
            sb.append("h1,h2,h3\n");
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSame(sb.toString(), sb.toString());
        }
    }

    @Test
    void recordsLongerThanTheBufferAndSplitAcrossReads() throws IOException {
        StringBuilder sb = new StringBuilder("document,text\n");
        for (int i = 0; i < 400; i++) {
            sb.append("d").append(i).append(",\"").append("长句，\"\"引\"\"\n".repeat(i * 7)).append("\"\n");
        }
        assertSame(sb.toString(), "long");
    }

    @Test
    void brokenUtf8IsAnErrorNamingFileAndLine() throws IOException {
        Path f = tmp.resolve("bad.csv");
        byte[] head = "a,b\n1,2\nx,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE4;
        bytes[head.length + 1] = (byte) '\n';
        Files.write(f, bytes);
        InputException e = assertThrows(InputException.class, () -> CsvTable.read(f));
        assertTrue(e.getMessage().startsWith(f + ":3: malformed CSV"), e.getMessage());
        Files.writeString(f, "a,b\n\"open\n", StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> CsvTable.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: malformed CSV"), e.getMessage());
    }

    @Test
    void rejectsWhatTheJdkDecoderRejects() throws IOException {
        int[][] cases = {{0xC0, 0x80}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80},
                {0x80}, {0xE4, 0xB8}, {0xE4, 0xB8, 0xAD}, {0xF0, 0x9F, 0x98, 0x80}, {0xC2, 0xA0}};
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            boolean valid;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
                valid = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                valid = false;
            }
            Path f = tmp.resolve("u.csv");
            byte[] head = "a\n".getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(head, head.length + b.length);
            System.arraycopy(b, 0, all, head.length, b.length);
            Files.write(f, all);
            if (valid) {
                assertEquals(new String(b, StandardCharsets.UTF_8), CsvTable.read(f).rows().get(0).get("a"));
            } else {
                assertThrows(InputException.class, () -> CsvTable.read(f), java.util.Arrays.toString(c));
            }
        }
    }
}
