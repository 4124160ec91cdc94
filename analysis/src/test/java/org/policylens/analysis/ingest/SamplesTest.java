package org.policylens.analysis.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants on every bundled sample (read from {@code ../samples}). */
class SamplesTest {

    /** Noise that must never reach a unit. */
    private static final Pattern NOISE = Pattern.compile("电脑桌面|客服微信|付费下载|确认删除|回到顶部|搜索资料|【字号|【字体"
            + "|来源[:：]|责任编辑|扫一扫|相关附件|相关链接|相关报道[:：]|打印本页|关闭窗口|Public domain|本作品是|维基文库"
            + "|下转\\d|上接第|本报记者|[0-9a-f]{32}");

    private static final java.util.Map<Path, Document> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static Document read(Path sample) {
        return CACHE.computeIfAbsent(sample, p -> Ingest.read(p, IngestOptions.DEFAULT));
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.samples())) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void offsetsPointIntoTheOriginalText(Path sample) {
        Document doc = read(sample);
        String original = doc.originalText();
        int previousEnd = 0;
        for (Unit u : doc.units()) {
            assertEquals(u.text(), original.substring(u.start(), u.end()), "unit " + u.index());
            assertTrue(u.start() >= previousEnd, "units in order, not overlapping: " + u.index());
            previousEnd = u.end();
            int[] map = u.normToOriginal();
            for (int i = 0; i < u.norm().length(); i++) {
                assertTrue(map[i] >= u.start() && map[i] < u.end(), "norm offset inside the unit");
                assertTrue(i == 0 || map[i] > map[i - 1], "norm offsets increase");
                char o = Normalizer.foldChar(original.charAt(map[i]));
                char n = u.norm().charAt(i);
                assertTrue(n == o || n == ' ' && o == ' ', "unit " + u.index() + " norm[" + i + "]=" + n + " orig=" + o);
            }
            assertEquals(u.end(), map[u.norm().length()]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noUnitCarriesSiteNoise(Path sample) {
        Document doc = read(sample);
        for (Unit u : doc.units()) assertFalse(NOISE.matcher(u.norm()).find(), u.index() + ": " + u.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void removalsAreOrderedSlicesOutsideUnits(Path sample) {
        Document doc = read(sample);
        int previousEnd = 0;
        for (Removal r : doc.removals()) {
            assertEquals(r.text(), doc.originalText().substring(r.start(), r.end()));
            assertTrue(r.start() >= previousEnd, "removals merged and ordered");
            previousEnd = r.end();
        }
        assertTrue(doc.unitChars() > doc.originalText().length() / 2, "most of the text is report text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyReportHasReviewAndPlanUnits(Path sample) {
        Document doc = read(sample);
        assertEquals(Language.CHINESE, doc.language());
        assertTrue(doc.units().stream().anyMatch(u -> u.part() == Part.REVIEW), "review");
        assertTrue(doc.units().stream().anyMatch(u -> u.part() == Part.PLAN), "plan");
    }
}
