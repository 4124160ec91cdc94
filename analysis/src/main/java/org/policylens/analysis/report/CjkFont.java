package org.policylens.analysis.report;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.policylens.charts.ChartFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A subset of the CJK font the charts module bundles (WenQuanYi Micro Hei, Apache-2.0 or GPL-3.0-or-later), cut to the
 * characters the page uses, as a {@code data:} {@code @font-face}. Browsers use it only for characters the reader's
 * own fonts lack (it sits before {@code sans-serif} at the end of the font stack), so Chinese text shows on a machine
 * with no CJK font at all. Costs about 190 bytes per distinct character (one work report: ~1200 characters, ~300 KB
 * in base64; the 26 sample reports together: ~2500 characters, ~610 KB).
 */
final class CjkFont {
    /** The charts module's bundled font collection. */
    static final String RESOURCE = ChartFonts.RESOURCE;
    static final String FAMILY = "PolicyLens CJK";
    /** Characters from CJK radicals upwards (CJK punctuation, kana, ideographs, full-width forms). */
    private static final int FIRST = 0x2E80;
    /** Tables a browser needs (OpenType Sanitizer) plus hinting; GPOS, vmtx etc. would triple the size. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name",
            "OS/2", "post", "cvt ", "prep", "fpgm", "gasp");

    private CjkFont() {
    }

    /** The {@code @font-face} rule for the CJK characters of {@code text}; empty when there are none. */
    static Optional<String> fontFace(CharSequence text) {
        TreeSet<Integer> cps = codePoints(text);
        if (cps.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled CJK font missing from the classpath: " + RESOURCE);
            }
            TrueTypeCollection ttc = new TrueTypeCollection(in);
            try {
                TTFSubsetter subsetter = new TTFSubsetter(firstFont(ttc), TABLES);
                subsetter.addAll(cps);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return Optional.of("@font-face { font-family: \"" + FAMILY + "\"; src: url(data:font/ttf;base64,"
                        + Base64.getEncoder().encodeToString(out.toByteArray()) + ") format(\"truetype\"); }\n");
            } finally {
                ttc.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset the bundled CJK font " + RESOURCE, e);
        }
    }

    /** Stops {@link TrueTypeCollection#processAllFonts} after the first font (the others are not parsed). */
    private static final class FirstFont extends RuntimeException {
        private final transient TrueTypeFont font;

        FirstFont(TrueTypeFont font) {
            super(null, null, false, false);
            this.font = font;
        }
    }

    /** The collection's first font, parsed as {@code processAllFonts} parses it, without parsing the others. */
    static TrueTypeFont firstFont(TrueTypeCollection ttc) throws IOException {
        try {
            ttc.processAllFonts(f -> {
                throw new FirstFont(f);
            });
        } catch (FirstFont first) {
            return first.font;
        }
        throw new IOException("no font in the collection");
    }

    /**
     * The distinct code points from {@link #FIRST} up in {@code text}, as {@code text.codePoints()} gives them (an
     * unpaired surrogate is its own code point), collected in a bit set: no boxing per character, no copy of the text.
     */
    static TreeSet<Integer> codePoints(CharSequence text) {
        BitSet seen = new BitSet();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= FIRST) {
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, text.charAt(++i));
                }
                seen.set(cp);
            }
        }
        TreeSet<Integer> cps = new TreeSet<>();
        for (int cp = seen.nextSetBit(0); cp >= 0; cp = seen.nextSetBit(cp + 1)) {
            cps.add(cp);
        }
        return cps;
    }
}
