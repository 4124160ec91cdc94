package org.policylens.rules.match;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.rules.Match;
import org.policylens.rules.RulePack;
import org.policylens.rules.TestPacks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternWindowsTest {

    @TempDir
    Path dir;

    private static final String SAFETY = "[^。；;，,！？!?]*(安全生产|廉政)([^、等。；;，,！？!?][^。；;，,！？!?]*|[。；;，,！？!?]|$)";

    @Test
    void aClauseBoundedPatternMayEndOnItsDelimiter() {
        assertEquals("。；;，,！？!?", PatternWindows.delimiters(SAFETY));
    }

    @Test
    void delimitersNoAtomMatchesAreAllCandidates() {
        assertEquals(PatternWindows.CANDIDATES, PatternWindows.delimiters("(增长|增速)[0-9*.]+(%|倍)"));
    }

    @Test
    void aPatternThatMayCrossADelimiterIsNotRestrictedByIt() {
        assertFalse(PatternWindows.delimiters("安全[^。]*监管").contains("，"));
        assertTrue(PatternWindows.delimiters("安全[^。]*监管").contains("。"));
    }

    @Test
    void anyCharRepeatedMeansNoWindows() {
        assertEquals("", PatternWindows.delimiters("安全.*监管"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"安全，监管;，", "安全[。]+;。", "安全[。]x?;。", "安全[。]$;。", "(安全[。])+;。",
            "安全\\p{P}监管;。"})
    void aDelimiterReadBeforeMoreIsNotAWindowEnd(String pattern, String delimiter) {
        String d = PatternWindows.delimiters(pattern);
        assertFalse(d.contains(delimiter), d);
    }

    @Test
    void aPatternAnchoredAtTheStartRunsOnTheFirstWindowOnly() {
        PatternWindows.Bounds b = PatternWindows.of("^[^。]*(思想为指导)[^。]*");
        assertTrue(b.startOnly());
        assertTrue(b.delimiters().contains("。"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"(^|各位代表，)让我们[^。]*", "安全\\b", "(?m)安全$", "(安全)?^监管", "[[:alpha:]]*安全"})
    void assertionsThatLookOutsideTheWindowMeanNoWindows(String pattern) {
        assertEquals(PatternWindows.Bounds.NONE, PatternWindows.of(pattern));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            SAFETY + "#加强安全生产监管，打击违法犯罪、廉政建设。全面落实安全生产责任制",
            SAFETY + "#安全生产、消防等工作；强化廉政，安全生产",
            SAFETY + "#推动安全生产等领域改革；廉政",
            "(增长|增速)[0-9*.]+(%|倍)#增长5%，增速6.5倍；增长",
            "安全[^。]*监管#安全生产，强化监管。安全监管",
            "^[^。！？]*(思想为指导|我代表)[^。！？]*#以习近平思想为指导，全面贯彻。我代表政府",
            "^[^。！？]*(思想为指导|我代表)[^。！？]*#全面贯彻。我代表政府",
            "(\\p{Han}{2,4}、)+\\p{Han}{2,4}等\\p{Han}{0,4}消费#扩大餐饮、文化、旅游等服务消费，促进汽车、家电消费。"})
    void theEngineFindsWhatRe2FindsOnTheWholeText(String pattern, String text) {
        RulePack p = TestPacks.inline(dir, "w.yaml", TestPacks.oneTheme(
                "- {id: alpha.p, kind: pattern, weight: 1, pattern: \"" + pattern.replace("\\", "\\\\") + "\"}\n"));
        List<String> got = p.classifier().classify(text).evidence().stream().map(Match::text).toList();
        assertEquals(wholeText(pattern, text), got);
    }

    /** The reference: RE2/J's non-empty finds on the whole text, left to right. */
    private static List<String> wholeText(String pattern, String text) {
        Matcher m = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(text);
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at <= text.length() && m.find(at)) {
            if (m.end() > m.start()) {
                out.add(m.group());
                at = m.end();
            } else {
                at = m.end() + 1;
            }
        }
        return out;
    }
}
