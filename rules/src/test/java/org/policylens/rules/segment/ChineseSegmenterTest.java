package org.policylens.rules.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseSegmenterTest {

    private static List<String> words(String text) {
        return ChineseSegmenter.standard().segment(text).stream().map(Token::word).toList();
    }

    @Test
    void projectTermsStayWhole() {
        List<String> w = words("发展新质生产力，培育专精特新企业，PM2.5浓度下降，实现碳达峰。");
        assertTrue(w.contains("新质生产力"), w.toString());
        assertTrue(w.contains("专精特新"), w.toString());
        assertTrue(w.contains("PM2.5"), w.toString());
        assertTrue(w.contains("碳达峰"), w.toString());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "优化营商环境，扩大有效投资。";
        for (Token t : ChineseSegmenter.standard().segment(text)) {
            assertEquals(t.word(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void aRepeatedOpeningWordGetsItsOwnOffset() {
        // HanLP leaves Term.offset at 0 unless offsets are enabled: the second 创新 must not be placed at 0
        String text = "创新平台加快完善，技术创新中心落地。";
        List<Token> tokens = ChineseSegmenter.standard().segment(text);
        int pos = 0;
        for (Token t : tokens) {
            assertEquals(pos, t.start(), tokens.toString());
            pos = t.end();
        }
        assertEquals(text.length(), pos);
    }

    @Test
    void boundariesOfARepeatedOpeningWordAreWhereItOccurs() {
        String text = "创新中心建设，技术创新中心落地。";
        java.util.BitSet b = ChineseSegmenter.standard().boundaries(text);
        int second = text.indexOf("创新", 1);
        assertTrue(b.get(second) && b.get(second + 2), b.toString());
    }

    @Test
    void wordCountExcludesPunctuation() {
        assertEquals(2, ChineseSegmenter.standard().countWords("扩大投资。"));
    }

    @Test
    void wordCountKeepsNumbersAndLatinRunsWhole() {
        // 空气 质量 / PM2.5 / 浓度 / 下降 / 12.5% : the numbers and PM2.5 are one word each
        int n = ChineseSegmenter.standard().countWords("PM2.5浓度下降12.5%。");
        assertEquals(4, n);
    }

    @Test
    void wordCountEqualsTheCountOverSpeedTokenizerTerms() {
        // random mixes of words, digits, Latin letters, spaces and punctuation, fixed seed
        String alphabet = "经济发展创新生态环境保护民生就业教育医疗数字产业新质生产力推动能耗下降的了和在"
                + "0123456789.%PMgdpAI  \t\u3000，。；：、！？“”（）《》-/*";
        java.util.Random random = new java.util.Random(42);
        ChineseSegmenter seg = ChineseSegmenter.standard();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(seg.countWordsWithTerms(text), seg.countWords(text), text);
        }
    }

    @Test
    void wordCountEqualsHanLPsLongestSearcherOnRandomText() {
        // wider alphabet than above: full-width forms, surrogate pairs, rare CJK, long texts (the searcher's end quirk)
        String alphabet = "经济发展创新生态环境保护民生就业教育医疗数字产业新质生产力推动能耗下降的了和在中华人民共和国"
                + "0123456789.%PMgdpAI  \t\n\u3000，。；：、！？“”（）《》-/*ＡＢ１２\uD840\uDC00\uD83D\uDE00㐀龥\uFFFD";
        java.util.Random random = new java.util.Random(7);
        ChineseSegmenter seg = ChineseSegmenter.standard();
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(round % 10 == 0 ? 400 : 40);
            for (int i = 0; i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(seg.countWordsWithSearcher(text), seg.countWords(text), text);
        }
    }

    @Test
    void wordCountEqualsHanLPsLongestSearcherOnEveryLineOfTheSamples() throws java.io.IOException {
        java.nio.file.Path samples = java.nio.file.Path.of("..", "samples");
        ChineseSegmenter seg = ChineseSegmenter.standard();
        int lines = 0;
        try (var files = java.nio.file.Files.list(samples)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : java.nio.file.Files.readAllLines(f)) {
                    assertEquals(seg.countWordsWithSearcher(line), seg.countWords(line), f + ": " + line);
                    lines++;
                }
            }
        }
        assertTrue(lines > 1_000, "sample lines read: " + lines);
    }
}
