package org.policylens.analysis.ingest;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8Test {

    /** The JDK's strict decoder: the text, or null when it reports malformed input. */
    private static String jdkStrict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnRandomBytes() {
        // bytes biased to UTF-8 lead/continuation edges, so every branch and boundary is hit
        int[] pool = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE4, 0xED,
                0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
        SplittableRandom r = new SplittableRandom(5);
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[r.nextInt(1, 7)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) pool[r.nextInt(pool.length)];
            String jdk = jdkStrict(b);
            assertEquals(jdk != null, Utf8.isWellFormed(b, 0), java.util.HexFormat.of().formatHex(b));
        }
    }

    @Test
    void validTextDecodesAsTheJdkDoes() {
        String s = "2026年政府工作报告, PM2.5 \uD83D\uDE00 é \uFEFF 𠀀";
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        assertTrue(Utf8.isWellFormed(b, 0));
        assertEquals(jdkStrict(b), new String(b, StandardCharsets.UTF_8));
    }

    @Test
    void encodedSurrogateIsRejected() {
        assertFalse(Utf8.isWellFormed(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0));
    }

    @Test
    void truncatedSequenceIsRejected() {
        assertFalse(Utf8.isWellFormed(new byte[]{'a', (byte) 0xE4, (byte) 0xB8}, 0));
    }
}
