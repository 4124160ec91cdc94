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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class StarPrefixTest {

    private static final String CLAUSE = "[^。；，]*(安全生产|廉政|生产)([^、等。；，][^。；，]*|[。；，]|$)";

    @TempDir
    Path dir;

    private static StarPrefix of(String pattern) {
        return StarPrefix.of(pattern, PatternWindows.delimiters(pattern), PatternPrefilter.required(pattern));
    }

    @Test
    void aClauseStarBeforeAGroupOfLiteralsApplies() {
        assertNotNull(of(CLAUSE));
    }

    @Test
    void aLeadingPlainLiteralApplies() {
        assertNotNull(of("^[^。；]*政府治理体系[^。；]*"));
    }

    @Test
    void excludedCharsThatAreNotDelimitersApply() {
        assertNotNull(of("^[^。！？!?G远]*(传染源|流调|核酸)[^。！？!?G远]*"));
        assertNull(of("[^。；é]*(安全|廉政)")); // a letter with case outside ASCII
    }

    @Test
    void optionalCharsInTheLiteralsAreExpandedInLeftmostFirstOrder() {
        assertNotNull(of("^[^。！？!?；;]*(我谨代表|崇高的?敬意|衷心的?感谢)[^。！？!?；;]*"));
        assertEquals(List.of("崇高的敬意", "崇高敬意"), StarPrefix.variants("崇高的?敬意"));
        assertEquals(List.of("甲乙丙", "甲乙", "甲丙", "甲"), StarPrefix.variants("甲乙?丙?"));
        assertNull(StarPrefix.variants("的?"));     // the empty string is a variant
        assertNull(StarPrefix.variants("的??敬")); // lazy
    }

    @Test
    void aPatternAnchoredAtTheStartApplies() {
        assertNotNull(of("^[^。；]*(思想为指导|《纲要草案》)[^。；]*"));
    }

    @Test
    void anchoredPatternMatchesOnlyAtTheStart() {
        String pattern = "^[^。；]*(思想为指导|我代表)[^。；]*";
        RulePack p = TestPacks.inline(dir, "a.yaml", TestPacks.oneTheme(
                "- {id: alpha.p, kind: pattern, weight: 1, pattern: \"" + pattern + "\"}\n"));
        for (String text : List.of("以思想为指导，我代表政府。我代表", "全面贯彻。我代表政府", "我代表")) {
            List<String> got = p.classifier().classify(text).evidence().stream().map(m -> m.start() + ":" + m.text()).toList();
            assertEquals(wholeText(pattern, text), got, text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "[^。]*^(安全)",          // ^ after the star
            "[^。]*(安全)x|y",        // | outside the group: not star + rest
            "[^。é]*(安全)",          // a letter with case outside ASCII (a non-delimiter char is taken since 1.8.0)
            "[^。a-z]*(安全)",        // a range
            "[^。]*?(安全)",          // lazy star ranks the stretches the other way
            "[^。]*(安全)*",          // the literals may be skipped
            "[^。]*(安全|)",          // an empty literal
            "[^。]*(安全.)"})         // not a plain literal
    void otherShapesAreLeftToRe2(String pattern) {
        assertNull(of(pattern));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "加强安全生产监管，打击违法犯罪。",
            "做好安全生产、廉政建设",                 // the later literal is followed by nothing the tail accepts
            "推进廉政建设和安全生产、消防工作；廉政",  // greedy star: the last literal that works
            "安全生产，廉政。生产",
            "全面落实安全生产等责任制，生产",
            "生产安全生产安全生产"})
    void theMatchesAreRe2sOnTheWholeText(String text) {
        RulePack p = TestPacks.inline(dir, "s.yaml", TestPacks.oneTheme(
                "- {id: alpha.p, kind: pattern, weight: 1, pattern: \"" + CLAUSE + "\"}\n"));
        List<String> got = p.classifier().classify(text).evidence().stream().map(m -> m.start() + ":" + m.text()).toList();
        assertEquals(wholeText(CLAUSE, text), got);
    }

    private static List<String> wholeText(String pattern, String text) {
        Matcher m = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(text);
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at <= text.length() && m.find(at)) {
            if (m.end() > m.start()) {
                out.add(m.start() + ":" + m.group());
                at = m.end();
            } else {
                at = m.end() + 1;
            }
        }
        return out;
    }

    @org.junit.jupiter.api.Test
    void aRestOfLiteralsThenANegatedStarNeedsNoRe2() {
        org.junit.jupiter.api.Assertions.assertEquals("。！？!?；;",
                StarPrefix.literalsThenStar("(思想为指导|我代表)[^。！？!?；;]*"));
    }

    @org.junit.jupiter.api.Test
    void anyOtherRestRunsRe2() {
        org.junit.jupiter.api.Assertions.assertNull(StarPrefix.literalsThenStar("(安全生产|廉政)([^、等。]*|$)"));
        org.junit.jupiter.api.Assertions.assertNull(StarPrefix.literalsThenStar("(思想为指导)[^a-z]*"));
        org.junit.jupiter.api.Assertions.assertNull(StarPrefix.literalsThenStar("(思想为指导)[^。]*?"));
    }

    @org.junit.jupiter.api.Test
    void aTailThatCouldLookBeforeItsStartIsNotRunAlone() {
        org.junit.jupiter.api.Assertions.assertTrue(StarPrefix.selfContained("([^、等。]*|[。；]|$)"));
        org.junit.jupiter.api.Assertions.assertTrue(StarPrefix.selfContained(""));
        org.junit.jupiter.api.Assertions.assertFalse(StarPrefix.selfContained("\\b工程"));
        org.junit.jupiter.api.Assertions.assertFalse(StarPrefix.selfContained("(^|、)工程"));
        org.junit.jupiter.api.Assertions.assertFalse(StarPrefix.selfContained("[a^b]"));
    }

    @org.junit.jupiter.api.Test
    void aPlainLiteralRestIsItsOwnFirstLiteral() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("政府治理体系"), StarPrefix.firstLiterals("政府治理体系[^。]*"));
        org.junit.jupiter.api.Assertions.assertEquals("。", StarPrefix.literalsThenStar("政府治理体系[^。]*"));
    }

    @org.junit.jupiter.api.Test
    void aRepeatedLastCharIsNoFirstLiteral() {
        org.junit.jupiter.api.Assertions.assertNull(StarPrefix.firstLiterals("政府治理体系?[^。]*"));
    }
}
