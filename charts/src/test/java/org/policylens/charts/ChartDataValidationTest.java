package org.policylens.charts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Misuse fails at once and names what is wrong. */
class ChartDataValidationTest {
    @Test
    void barWithLowerAboveUpperIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Bar("经济", "#0072B2", 0.3, 0.4, 0.2));
        assertTrue(e.getMessage().contains("经济"), e.getMessage());
    }

    @Test
    void badColourIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Bar.of("x", "blue", 1));
        assertTrue(e.getMessage().contains("#RRGGBB"), e.getMessage());
    }

    @Test
    void seriesWithTooFewValuesForTheCategoriesIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new CategoryData(ChartText.of("t"),
                List.of("a", "b"), List.of(Series.of("s", "#000000", List.of(1.0)))));
        assertTrue(e.getMessage().contains("'s'"), e.getMessage());
    }

    @Test
    void yearsMustIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new TrendData(ChartText.of("t"), List.of(2021, 2020),
                List.of(Series.of("s", "#000000", List.of(1.0, 2.0)))));
    }

    @Test
    void formatListParses() {
        assertEquals(Set.of(Format.PNG, Format.PDF), Format.parseList("png, PDF"));
        assertThrows(IllegalArgumentException.class, () -> Format.parseList("gif"));
    }

    @Test
    void langPicksTheChosenLabelAndFallsBackWhenBlank() {
        assertEquals("经济", Lang.parse("zh").pick("经济", "Economy"));
        assertEquals("Economy", Lang.EN.pick("经济", "Economy"));
        assertEquals("经济", Lang.EN.pick("经济", ""));
    }

    @Test
    void titlesSayWhatAndHow() {
        assertEquals("上海：句子占比（误差线为 95% Wilson 区间）",
                Titles.title(Lang.ZH, "上海", "句子占比", Titles.intervalNote(Lang.ZH, "Wilson")));
        assertEquals("Shanghai: share of sentences (whiskers: 95% Wilson interval)",
                Titles.title(Lang.EN, "Shanghai", "share of sentences", Titles.intervalNote(Lang.EN, "Wilson")));
    }
}
