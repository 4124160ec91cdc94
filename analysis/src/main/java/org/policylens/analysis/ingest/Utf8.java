package org.policylens.analysis.ingest;

/**
 * A strict UTF-8 check (Unicode's well-formed byte sequences: no overlong forms, no surrogates, nothing above
 * U+10FFFF), so that valid input, nearly every report, can be decoded with {@code new String(bytes, UTF_8)} in one
 * pass instead of through a {@code CharsetDecoder} and an intermediate {@code CharBuffer}. It is never more lenient
 * than the JDK's strict decoder; anything it rejects goes that slower way, which names the offending byte.
 */
final class Utf8 {

    private Utf8() {
    }

    /** Whether {@code b[from..b.length)} is well-formed UTF-8. */
    static boolean isWellFormed(byte[] b, int from) {
        int i = from;
        int n = b.length;
        while (i < n) {
            int c = b[i];
            if (c >= 0) { // ASCII
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2) return false;                 // continuation byte or overlong 2-byte lead
            if (c < 0xE0) {                              // 2 bytes: C2..DF 80..BF
                if (i + 1 >= n || !cont(b[i + 1])) return false;
                i += 2;
            } else if (c < 0xF0) {                       // 3 bytes
                if (i + 2 >= n) return false;
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xE0 ? c1 < 0xA0 || c1 > 0xBF      // overlong
                        : c == 0xED ? c1 < 0x80 || c1 > 0x9F // surrogates
                        : c1 < 0x80 || c1 > 0xBF) return false;
                if (!cont(b[i + 2])) return false;
                i += 3;
            } else if (c < 0xF5) {                       // 4 bytes: up to U+10FFFF
                if (i + 3 >= n) return false;
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xF0 ? c1 < 0x90 || c1 > 0xBF
                        : c == 0xF4 ? c1 < 0x80 || c1 > 0x8F
                        : c1 < 0x80 || c1 > 0xBF) return false;
                if (!cont(b[i + 2]) || !cont(b[i + 3])) return false;
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean cont(byte x) {
        return (x & 0xC0) == 0x80;
    }
}
