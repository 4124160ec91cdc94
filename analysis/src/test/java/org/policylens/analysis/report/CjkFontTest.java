package org.policylens.analysis.report;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** CjkFont.firstFont (the others not parsed) against the first of processAllFonts: the same subset bytes. */
class CjkFontTest {
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name",
            "OS/2", "post", "cvt ", "prep", "fpgm", "gasp");

    private static byte[] subset(boolean first, TreeSet<Integer> cps) throws IOException {
        try (InputStream in = CjkFont.class.getResourceAsStream(CjkFont.RESOURCE)) {
            TrueTypeCollection ttc = new TrueTypeCollection(in);
            try {
                TrueTypeFont font;
                if (first) {
                    font = CjkFont.firstFont(ttc);
                } else {
                    List<TrueTypeFont> fonts = new ArrayList<>();
                    ttc.processAllFonts(fonts::add);
                    font = fonts.get(0);
                }
                TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
                subsetter.addAll(cps);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            } finally {
                ttc.close();
            }
        }
    }

    @Test
    void firstFontGivesTheSameSubset() throws IOException {
        TreeSet<Integer> cps = CjkFont.codePoints("政府工作报告，经济、创新、生态和民生。「」ａｂ😀");
        assertArrayEquals(subset(false, cps), subset(true, cps));
    }
}
