package org.policylens.rules.match;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternPrefilterTest {

    @Test
    void alternativesBeforeAClassAreRequired() {
        assertEquals(List.of("增长", "增速"), PatternPrefilter.required("(增长|增速)[0-9*.]+(%|倍)"));
    }

    @Test
    void adjacentGroupsCombine() {
        assertEquals(List.of("亿元", "亿美元", "万亿元", "万亿美元"), PatternPrefilter.required("[0-9*.]+(亿|万亿)(元|美元)"));
    }

    @Test
    void literalsAroundAPropertyClassAreRequired() {
        assertEquals(List.of("美丽"), PatternPrefilter.required("美丽\\p{Han}{2,3}建设"));
    }

    @Test
    void aLongListOfWordsStillPrefilters() {
        // a "none" pattern of the default pack lists 23 safety words; the prefilter must keep all of them,
        // otherwise the pattern runs on every unit (it did, and classify ran 10x slower)
        String words = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "词" + (char) ('甲' + i))
                .collect(java.util.stream.Collectors.joining("|"));
        assertEquals(40, PatternPrefilter.required("[^。，]*(" + words + ")([^、等。]*|$)").size());
    }

    @Test
    void aListOfAHundredWordsStillPrefilters() {
        // round 18 listed 93 none words in one clause pattern; at the old cap of 64 the pattern ran on every unit
        // and classify went from 8.8M to 0.7M chars/s
        String words = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "词" + (char) ('甲' + i))
                .collect(java.util.stream.Collectors.joining("|"));
        assertEquals(100, PatternPrefilter.required("[^。，]*(" + words + ")([^、等。]*|$)").size());
        assertTrue(PatternPrefilter.gated("[^。，]*(" + words + ")"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"[0-9]+", "pm", "(增长)?[0-9]+", "增长|[0-9]+", "\\x{4E00}", "(增长|)"})
    void noGuaranteeMeansNoPrefilter(String pattern) {
        assertEquals(List.of(), PatternPrefilter.required(pattern));
    }

    @Test
    void digitsAndPunctuationAreLiteralsButLettersAreNot() {
        assertEquals(List.of("%"), PatternPrefilter.required("[0-9]+%"));
        assertEquals(List.of("2.5"), PatternPrefilter.required("pm2\\.5"));
    }

    @Test
    void optionalPartsAreNotRequired() {
        assertEquals(List.of("亿元"), PatternPrefilter.required("(超过)?[0-9]+亿元"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "(增长|增速)[0-9*.]+(%|倍);全年增速6.5%，增长10倍",
            "[0-9*.]+(亿|万亿)(元|美元);投资1.2万亿美元",
            "美丽\\p{Han}{2,3}建设;推进美丽中国建设",
            "(?:新|旧)+动能;新旧动能转换"})
    void aTextThePatternMatchesIsNeverSkipped(String pattern, String text) {
        assertTrue(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(text).find());
        assertTrue(PatternPrefilter.mayMatch(text, PatternPrefilter.required(pattern)));
    }

    @Test
    void aTextWithoutTheLiteralsIsSkipped() {
        assertTrue(!PatternPrefilter.mayMatch("全年增加6.5%", PatternPrefilter.required("(增长|增速)[0-9*.]+(%|倍)")));
    }

    @Test
    void everyPartOfAConcatenationGivesARequiredSet() {
        assertEquals(List.of(List.of("、"), List.of("等"), List.of("服务业", "行业", "产业")),
                PatternPrefilter.requiredSets("([一-鿿]{2,6}、){1,7}[一-鿿]{2,6}等[一-鿿]{0,4}(服务业|行业|产业)"));
    }

    @Test
    void alternativesGiveOnlyTheirUnion() {
        assertEquals(List.of(List.of("智能化", "绿色化")), PatternPrefilter.requiredSets("智能化、?等|绿色化"));
    }

    @Test
    void optionalPartsGiveNoRequiredSet() {
        assertEquals(List.of(List.of("亿"), List.of("元"), List.of("亿元")), PatternPrefilter.requiredSets("(超过)?[0-9]+亿元"));
    }

    @Test
    void aLeadingGroupGivesTheFirstLiterals() {
        assertEquals(List.of("教育", "医疗"), PatternPrefilter.firstLiterals("(教育|医疗)(、(教育|医疗)){1,7}等"));
    }

    @Test
    void firstLiteralsOfAlternativesAreJoined() {
        assertEquals(List.of("智能", "数字", "绿色"), PatternPrefilter.firstLiterals("(智能|数字)、?绿色|绿色、?(智能|数字)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"[0-9]+亿元", "(重点)?领域", "pm2\\.5", "增长|[0-9]+", "\\p{Han}等"})
    void noLeadingLiteralMeansNoFirstLiterals(String pattern) {
        assertEquals(List.of(), PatternPrefilter.firstLiterals(pattern));
    }
}
