package org.policylens.analysis.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodingTest {

    private static final String TEXT = "政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长5.2%，居民收入增长5%。\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    private static Document read(Path file) {
        return Ingest.read(file, IngestOptions.DEFAULT);
    }

    @Test
    void bytesTheCallerReadDecodeAsTheFileDoes() throws IOException {
        byte[] content = (TEXT + "😀 emoji, é\n").getBytes(StandardCharsets.UTF_8);
        Path file = write("a.txt", content);
        Document fromBytes = Ingest.read(file, content, IngestOptions.DEFAULT);
        assertEquals(read(file).originalText(), fromBytes.originalText());
        assertEquals(read(file).units().stream().map(Unit::norm).toList(),
                fromBytes.units().stream().map(Unit::norm).toList());
    }

    @Test
    void aGenuineReplacementCharacterIsValidUtf8() throws IOException {
        String text = TEXT + "乱码\uFFFD字。\n";
        Document doc = read(write("r.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("UTF-8", doc.encoding());
        assertEquals(text, doc.originalText());
    }

    @Test
    void utf8WithoutBom() throws IOException {
        Document doc = read(write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("UTF-8", doc.encoding());
        assertEquals(TEXT, doc.originalText());
    }

    @Test
    void utf8BomIsDroppedFromTheText() throws IOException {
        Document doc = read(write("a.txt", bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("UTF-8", doc.encoding());
        assertEquals(TEXT, doc.originalText());
    }

    @Test
    void gbkIsDecodedAsGb18030() throws IOException {
        Document doc = read(write("a.txt", TEXT.getBytes(Charset.forName("GBK"))));
        assertEquals("GB18030", doc.encoding());
        assertEquals(TEXT, doc.originalText());
    }

    @Test
    void gb18030FourByteCharacters() throws IOException {
        String text = "𠮷野家与䶮字。\n";
        Document doc = read(write("a.txt", text.getBytes(Charset.forName("GB18030"))));
        assertEquals(text, doc.originalText());
    }

    @Test
    void utf16LittleEndianWithBom() throws IOException {
        Document doc = read(write("a.txt", bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE", doc.encoding());
        assertEquals(TEXT, doc.originalText());
    }

    @Test
    void utf16BigEndianWithBom() throws IOException {
        Document doc = read(write("a.txt", bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16BE", doc.encoding());
        assertEquals(TEXT, doc.originalText());
    }

    @Test
    void utf16WithoutBomDetectedFromNulBytes() throws IOException {
        Document doc = read(write("a.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE", doc.encoding());
        assertEquals(TEXT, doc.originalText());
    }

    @Test
    void utf16BigEndianWithoutBomOfMostlyChineseText() throws IOException {
        String text = "一是稳增长。二是促改革。三是惠民生。一以贯之。\n";
        Document doc = read(write("a.txt", text.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16BE", doc.encoding());
        assertEquals(text, doc.originalText());
    }

    @Test
    void utf16LittleEndianWithoutBomOfMostlyChineseText() throws IOException {
        String text = "一是稳增长。二是促改革。三是惠民生。一以贯之。\n";
        Document doc = read(write("a.txt", text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE", doc.encoding());
        assertEquals(text, doc.originalText());
    }

    @Test
    void encodingOverrideIsUsed() throws IOException {
        Path file = write("a.txt", TEXT.getBytes(Charset.forName("GBK")));
        Document doc = Ingest.read(file, IngestOptions.DEFAULT.withEncoding("GBK"));
        assertEquals("GBK", doc.encoding());
        assertEquals(TEXT, doc.originalText());
    }

    @Test
    void wrongOverrideNamesFileAndByteOffset() throws IOException {
        Path file = write("a.txt", "政府工作报告。".getBytes(Charset.forName("GBK")));
        DocumentException e = assertThrows(DocumentException.class,
                () -> Ingest.read(file, IngestOptions.DEFAULT.withEncoding("UTF-8")));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("byte offset 0"),
                e.getMessage());
    }

    @Test
    void undecodableFileNamesFileAndByteOffsets() throws IOException {
        Path file = write("a.txt", "政府工作报告。".getBytes(StandardCharsets.UTF_8), bytes(0xFF, 0xFF, 0xFF));
        DocumentException e = assertThrows(DocumentException.class, () -> read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte offset 21"), e.getMessage());
        assertTrue(e.getMessage().contains("GB18030"), e.getMessage());
    }
}
