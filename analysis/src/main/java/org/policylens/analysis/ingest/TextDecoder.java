package org.policylens.analysis.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes the bytes of a plain-text file strictly (malformed input is an error, never a replacement char).
 *
 * <p>Detection order: byte-order mark (UTF-8, UTF-16BE/LE); UTF-16 without BOM when there are NUL bytes and
 * one byte order gives plausible text; UTF-8; GB18030 (a superset of GBK and GB2312). NUL bytes otherwise mean
 * a binary file.
 */
final class TextDecoder {

    /** Decoded text and the name of the character set that decoded it. */
    record Decoded(String text, String encoding) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static Decoded decode(Path file, byte[] bytes, Charset override) {
        if (bytes.length == 0) throw new DocumentException(file, "empty file (0 bytes)");
        if (override != null) return decodeWith(file, bytes, override, bomLength(bytes, override));
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return decodeWith(file, bytes, StandardCharsets.UTF_8, 3);
        if (startsWith(bytes, 0xFE, 0xFF)) return decodeWith(file, bytes, StandardCharsets.UTF_16BE, 2);
        if (startsWith(bytes, 0xFF, 0xFE)) return decodeWith(file, bytes, StandardCharsets.UTF_16LE, 2);
        int firstNul = indexOf(bytes, (byte) 0);
        if (firstNul >= 0) {
            Decoded utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) return utf16;
            throw new DocumentException(file, "binary file, not text (NUL byte at byte offset " + firstNul + ")");
        }
        int utf8Error;
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (MalformedAt e) {
            utf8Error = e.offset;
        }
        try {
            return new Decoded(strict(bytes, 0, GB18030), "GB18030");
        } catch (MalformedAt e) {
            throw new DocumentException(file, "cannot decode text: invalid UTF-8 at byte offset " + utf8Error
                    + ", invalid GB18030/GBK at byte offset " + e.offset + " (use --encoding to name the encoding)");
        }
    }

    /** Rejects text full of control characters: a binary file that happened to decode. */
    static void requireText(Path file, String text) {
        int n = Math.min(text.length(), 1 << 16);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) control++;
        }
        if (control * 100 > n) throw new DocumentException(file, "binary file, not text (" + control
                + " control characters in the first " + n + " characters)");
    }

    private static Decoded decodeWith(Path file, byte[] bytes, Charset cs, int skip) {
        try {
            return new Decoded(strict(bytes, skip, cs), cs.name());
        } catch (MalformedAt e) {
            throw new DocumentException(file, "invalid " + cs.name() + " at byte offset " + e.offset);
        }
    }

    private static int bomLength(byte[] b, Charset cs) {
        String n = cs.name();
        if (n.equals("UTF-8") && startsWith(b, 0xEF, 0xBB, 0xBF)) return 3;
        if (n.startsWith("UTF-16") && (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE))) return 2;
        return 0;
    }

    /**
     * UTF-16 without BOM: both byte orders are tried; the one whose text is plausible (ASCII, CJK, common
     * punctuation and line breaks make up at least 95%) wins.
     */
    private static Decoded utf16WithoutBom(byte[] b) {
        if (b.length % 2 != 0) return null;
        Decoded best = null;
        double bestScore = 0.95;
        for (Charset cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            try {
                String text = strict(b, 0, cs);
                double score = plausibility(text);
                if (score >= bestScore) {
                    best = new Decoded(text, cs.name());
                    bestScore = score;
                }
            } catch (MalformedAt e) {
                // not this byte order
            }
        }
        return best;
    }

    private static double plausibility(String text) {
        int n = Math.min(text.length(), 1 << 15);
        if (n == 0) return 0;
        int ok = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c >= 0x4E00 && c <= 0x9FFF
                    || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2000 && c <= 0x206F) ok++;
        }
        return ok / (double) n;
    }

    private static final class MalformedAt extends Exception {
        final int offset;

        MalformedAt(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    /** Per-thread scratch space for decoding (the text is copied out into its String); at most 8M chars are kept. */
    private static final ThreadLocal<CharBuffer[]> SCRATCH = ThreadLocal.withInitial(() -> new CharBuffer[1]);
    private static final int MAX_SCRATCH = 8 << 20;

    private static String strict(byte[] bytes, int skip, Charset cs) throws MalformedAt {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - skip) * (double) dec.maxCharsPerByte()) + 16);
        CharBuffer out = scratch(capacity);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) throw new MalformedAt(in.position());
        r = dec.flush(out);
        if (r.isError()) throw new MalformedAt(in.position());
        out.flip();
        return out.toString();
    }

    /** An empty buffer of at least {@code capacity} chars: this thread's scratch buffer when it is big enough. */
    private static CharBuffer scratch(int capacity) {
        if (capacity > MAX_SCRATCH) return CharBuffer.allocate(capacity);
        CharBuffer[] holder = SCRATCH.get();
        CharBuffer b = holder[0];
        if (b == null || b.capacity() < capacity) holder[0] = b = CharBuffer.allocate(Math.max(capacity, 1 << 16));
        b.clear();
        return b;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) if (b[i] == v) return i;
        return -1;
    }
}
