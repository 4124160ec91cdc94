package org.policylens.analysis.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The front door of ingest: reads one document (plain text, HTML, PDF or DOCX), cleans it, normalises it and
 * splits it into sentence {@link Unit}s whose offsets point into the original text.
 *
 * <pre>{@code
 * Document doc = Ingest.read(Path.of("samples/suzhou_2025h1.txt"), IngestOptions.DEFAULT);
 * for (Unit u : doc.units()) System.out.println(u.part().id() + "\t" + u.text());
 * }</pre>
 */
public final class Ingest {

    /** Longest run of text without a line break or sentence end that is still read as running text. */
    static final int MAX_RUN = 100_000;

    private Ingest() {
    }

    /**
     * Reads, cleans and splits one document.
     *
     * @throws DocumentException when the file is missing, a directory, empty, binary, undecodable, of an
     *                           unsupported type, or not running text; the message names the file
     */
    public static Document read(Path file, IngestOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Source source = load(file, null, options);
        return fromText(file, idOf(file), source.text(), source.encoding(), source.format(), options.language());
    }

    /**
     * Reads, cleans and splits one document whose bytes the caller has already read (e.g. to hash them), so
     * the file is read once. Plain text is decoded from {@code bytes}; HTML, PDF and DOCX are parsed from
     * {@code file}.
     *
     * @throws DocumentException as {@link #read(Path, IngestOptions)}
     */
    public static Document read(Path file, byte[] bytes, IngestOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(options, "options");
        Source source = load(file, bytes, options);
        return fromText(file, idOf(file), source.text(), source.encoding(), source.format(), options.language());
    }

    /** Cleans and splits a text that is already decoded ({@code format} and {@code encoding} are recorded). */
    public static Document fromText(Path file, String id, String text, String encoding, String format,
                                    Language language) {
        requireRunningText(file, text);
        List<Removal> removals = Cleaner.clean(text);
        char[] folded = Cleaner.cleanedView(text, removals);
        Normalizer.fold(folded);
        Language lang = language != null ? language : Language.detect(java.nio.CharBuffer.wrap(folded));
        List<Unit> units = UnitSplitter.split(id, text, folded, lang);
        return new Document(id, file, text, lang, units, removals, encoding, format);
    }

    /** Document id: the file name without its extension. */
    public static String idOf(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private record Source(String text, String encoding, String format) {
    }

    /** {@code bytes}: the file's content when the caller has read it, else {@code null}. */
    private static Source load(Path file, byte[] bytes, IngestOptions options) {
        if (bytes == null) {
            if (Files.isDirectory(file)) throw new DocumentException(file, "is a directory, not a document");
            if (!Files.exists(file)) throw new DocumentException(file, "no such file");
            if (!Files.isReadable(file)) throw new DocumentException(file, "not readable (permission denied)");
        }
        String format = formatOf(file);
        try {
            if (bytes != null ? bytes.length == 0 : Files.size(file) == 0)
                throw new DocumentException(file, "empty file (0 bytes)");
            switch (format) {
                case "html":
                    return checked(file, new Source(HtmlText.extract(file), "UTF-8", format));
                case "pdf":
                    return checked(file, new Source(PdfText.extract(file), "PDF", format));
                case "docx":
                    return checked(file, new Source(DocxText.extract(file), "UTF-8", format));
                default:
                    TextDecoder.Decoded d = TextDecoder.decode(file, bytes != null ? bytes : Files.readAllBytes(file),
                            options.charset().orElse(null));
                    TextDecoder.requireText(file, d.text());
                    return checked(file, new Source(d.text(), d.encoding(), format));
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "no such file", e);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Source checked(Path file, Source s) {
        if (s.text().isBlank()) throw new DocumentException(file, "no text in this " + s.format() + " file");
        return s;
    }

    /** {@code text}, {@code html}, {@code pdf} or {@code docx}, from the file extension. */
    static String formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        switch (ext) {
            case "": case "txt": case "text": case "md":
                return "text";
            case "htm": case "html": case "xhtml":
                return "html";
            case "pdf":
                return "pdf";
            case "docx":
                return "docx";
            case "doc":
                throw new DocumentException(file, "unsupported file type .doc (legacy Word): save it as .docx");
            default:
                throw new DocumentException(file, "unsupported file type ." + ext
                        + " (supported: .txt, .text, .md, .html, .htm, .xhtml, .pdf, .docx)");
        }
    }

    /** Rejects a text with a stretch longer than {@link #MAX_RUN} chars without line break or sentence end. */
    private static void requireRunningText(Path file, String text) {
        if (text.length() <= MAX_RUN) return; // no run can be longer than the text: most documents, no scan
        int run = 0;
        int line = 1;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            if (c == '\n' || c == '\r' || c == '\f' || Chars.terminal(c) || c == '.') {
                run = 0;
            } else if (++run > MAX_RUN) {
                throw new DocumentException(file, "line " + line + ": more than " + MAX_RUN
                        + " characters without a line break or sentence end (at character offset " + (i - run + 1)
                        + "): not running text");
            }
        }
    }
}
