package org.policylens.rules.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void foldsFullWidthDigitsLettersAndPercent() {
        assertEquals("PM2.5下降5%", TextNormalizer.normalize("ＰＭ２．５下降５％"));
    }

    @Test
    void keepsChinesePunctuation() {
        assertEquals("好，好；（好）：", TextNormalizer.normalize("好，好；（好）："));
    }

    @Test
    void unifiesSpacesAndDropsLineBreaks() {
        assertEquals("a b c d", TextNormalizer.normalize("a\u3000b\u00A0c\td\r\n"));
    }

    @Test
    void offsetsPointBackToOriginal() {
        TextNormalizer.Normalized n = TextNormalizer.normalizeWithOffsets("经\n济Ａ");
        assertEquals("经济A", n.norm());
        assertArrayEquals(new int[]{0, 2, 3, 4}, n.toOriginal());
    }

    @Test
    void lowerAsciiKeepsOtherChars() {
        assertEquals("gdp增长Ä", TextNormalizer.lowerAscii("GDP增长Ä"));
    }

    @Test
    void matchFormStripsAndLowers() {
        assertEquals("pm2.5", TextNormalizer.matchForm(" ＰＭ2.5 "));
    }
}
