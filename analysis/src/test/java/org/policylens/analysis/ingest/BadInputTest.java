package org.policylens.analysis.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadInputTest {

    @TempDir
    Path dir;

    private static String failure(Path file) {
        return assertThrows(DocumentException.class, () -> Ingest.read(file, IngestOptions.DEFAULT)).getMessage();
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        String message = failure(file);
        assertTrue(message.startsWith(file.toString()) && message.contains("empty file"), message);
    }

    @Test
    void blankFileHasNoText() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.html"), "<html><body>  </body></html>");
        String message = failure(file);
        assertTrue(message.contains("no text"), message);
    }

    @Test
    void binaryFileWithNulBytes() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1};
        Path file = Files.write(dir.resolve("picture.txt"), png);
        String message = failure(file);
        assertTrue(message.startsWith(file.toString()) && message.contains("binary file"), message);
    }

    @Test
    void directory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("reports"));
        String message = failure(sub);
        assertTrue(message.startsWith(sub.toString()) && message.contains("directory"), message);
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("no-such-report.txt");
        String message = failure(file);
        assertTrue(message.startsWith(file.toString()) && message.contains("no such file"), message);
    }

    @Test
    void unsupportedType() throws IOException {
        Path file = Files.writeString(dir.resolve("table.xlsx"), "x");
        String message = failure(file);
        assertTrue(message.contains("unsupported file type .xlsx"), message);
    }

    @Test
    void legacyWordIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("report.doc"), "x");
        assertTrue(failure(file).contains(".docx"));
    }

    @Test
    void docxThatIsNotAZip() throws IOException {
        Path file = Files.writeString(dir.resolve("report.docx"), "这不是一个DOCX文件。");
        String message = failure(file);
        assertTrue(message.startsWith(file.toString()) && message.contains("DOCX"), message);
    }

    @Test
    void pdfThatIsNotAPdf() throws IOException {
        Path file = Files.writeString(dir.resolve("report.pdf"), "not a pdf");
        String message = failure(file);
        assertTrue(message.startsWith(file.toString()) && message.contains("PDF"), message);
    }

    @Test
    void longRunWithoutSentenceEndIsRejected() {
        String text = "政".repeat(Ingest.MAX_RUN + 10);
        DocumentException e = assertThrows(DocumentException.class, () -> Fixtures.ingest(text));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("not running text"), e.getMessage());
    }

    @Test
    void runLimitIsExactAtTheLengthShortcut() {
        // A text of at most MAX_RUN chars is not scanned; one char more with no break is the shortest rejected text.
        assertTrue(Fixtures.ingest("政".repeat(Ingest.MAX_RUN)).units().size() > 0);
        DocumentException e = assertThrows(DocumentException.class, () -> Fixtures.ingest("政".repeat(Ingest.MAX_RUN + 1)));
        assertTrue(e.getMessage().contains("at character offset 0"), e.getMessage());
        assertTrue(Fixtures.ingest("政".repeat(Ingest.MAX_RUN) + "。" + "政".repeat(Ingest.MAX_RUN)).units().size() > 0);
    }

    @Test
    void longRunBelowTheLimitIsCutIntoBoundedUnits() {
        Document doc = Fixtures.ingest("政".repeat(Ingest.MAX_RUN - 1));
        assertTrue(doc.units().size() >= Ingest.MAX_RUN / SentenceSplitter.MAX_CHARS, "units: " + doc.units().size());
        for (Unit u : doc.units()) assertTrue(u.length() <= SentenceSplitter.MAX_CHARS);
    }

    /**
     * A 50 MB single line without punctuation, read by the real command in a JVM with a 256 MB heap:
     * it fails with a clear message (exit 3), and the good file given with it is still printed.
     */
    @Test
    void fiftyMegabyteLineInSmallHeapFailsCleanlyAndOthersStillPrint() throws Exception {
        Path big = dir.resolve("huge.txt");
        byte[] chunk = "政府工作报告没有标点".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big))) {
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) out.write(chunk);
        }
        Path good = Files.writeString(dir.resolve("good.txt"), "一、工作回顾\n经济增长。\n", StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.policylens.analysis.cli.PolicyLens",
                "units", big.toString(), good.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String err = Files.readString(dir.resolve("err.txt"));
        String out = Files.readString(dir.resolve("out.txt"));
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("huge.txt") && err.contains("not running text"), err);
        assertTrue(out.contains("经济增长。"), out);
    }
}
