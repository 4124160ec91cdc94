package org.policylens.analysis.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Splitting, headings, sections, parts and normalisation: text in, units out. */
class UnitsTest {

    private static List<String> texts(String text) {
        return Fixtures.ingest(text).units().stream().map(Unit::text).toList();
    }

    @Test
    void splitsAtSentenceEndsAndSemicolons() {
        assertEquals(List.of("经济增长5%；", "收入增长5%。", "成绩来之不易！", "怎么办？", "Yes!"),
                texts("经济增长5%；收入增长5%。成绩来之不易！怎么办？Yes!"));
    }

    @Test
    void halfWidthSemicolonSplitsToo() {
        assertEquals(List.of("新增企业*家;", "总数达*家。"), texts("新增企业*家;总数达*家。"));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("他说：“要抓落实。”", "（全年完成。）", "好！”"),
                texts("他说：“要抓落实。”（全年完成。）好！”"));
    }

    @Test
    void exclamationInsideAShortQuotedNameDoesNotSplit() {
        assertEquals(List.of("开展“你好！重庆”系列活动。"), texts("开展“你好！重庆”系列活动。"));
    }

    @Test
    void headingLineIsAUnitOfItsOwn() {
        Document doc = Fixtures.ingest("（七）实施生态文明“大创建”行动\n深入打好污染防治攻坚战。\n");
        assertEquals(2, doc.units().size());
        assertTrue(doc.units().get(0).heading());
        assertFalse(doc.units().get(1).heading());
        assertEquals(List.of("（七）实施生态文明“大创建”行动"), doc.units().get(1).section());
    }

    @Test
    void lineWithoutPunctuationContinuesOnTheNextLine() {
        Document doc = Fixtures.ingest("地级及以上城市细颗粒物（PM\n2.5\n）平均浓度下降9.1%。\n");
        assertEquals(1, doc.units().size());
        assertEquals("地级及以上城市细颗粒物（PM2.5）平均浓度下降9.1%。", doc.units().get(0).norm());
    }

    @Test
    void sectionPathFollowsHeadingLevels() {
        Document doc = Fixtures.ingest("一、2025年工作回顾\n（一）经济运行\n1.工业\n规上工业增长6%。\n（二）民生\n就业稳定。\n");
        Unit industry = doc.units().get(3);
        assertEquals(List.of("一、2025年工作回顾", "（一）经济运行", "1.工业"), industry.section());
        assertEquals(List.of("一、2025年工作回顾", "（二）民生"), doc.units().get(5).section());
    }

    @Test
    void runInHeadingOpensASection() {
        Document doc = Fixtures.ingest("（一）经济增长进一步加快，综合实力显著提高。2011年，地区生产总值增长22%。\n");
        assertTrue(doc.units().get(0).heading());
        assertEquals(List.of("（一）经济增长进一步加快，综合实力显著提高"), doc.units().get(1).section());
    }

    @Test
    void partsFromReviewAndPlanHeadings() {
        Document doc = Fixtures.ingest("各位代表：\n一、过去一年工作回顾\n经济增长。\n二、今年工作安排\n扩大内需。\n"
                + "三、加强政府自身建设\n转变作风。\n");
        assertEquals(List.of(Part.OTHER, Part.REVIEW, Part.REVIEW, Part.PLAN, Part.PLAN, Part.PLAN, Part.PLAN),
                doc.units().stream().map(Unit::part).toList());
    }

    @Test
    void partFromTheFirstSentenceWhenTheHeadingIsNeutral() {
        Document doc = Fixtures.ingest("一、一年接着一年干\n2025年是收官之年。一年来，我们稳中求进。\n"
                + "二、一张蓝图绘到底\n“十五五”时期是关键时期。\n");
        assertEquals(Part.REVIEW, doc.units().get(1).part());
        assertEquals(Part.PLAN, doc.units().get(4).part());
    }

    /*
     * Round 16: part layouts of unseen reports; headings and first sentences from the 2026 reports of gansu,
     * neimenggu, hebei and hainan (government documents, outside copyright), the rest of the text made up.
     */

    private static List<Part> parts(Document doc) {
        return doc.units().stream().map(Unit::part).toList();
    }

    @Test
    void unnumberedPartHeadingsStartTheirParts() {
        // gansu_2026: 2026年甘肃省政府工作报告 … “十四五”时期工作回顾 / “十五五”时期的主要目标任务 / 2026年重点工作
        Document doc = Fixtures.ingest("2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n"
                + "各位代表：\n我代表省人民政府，向大会报告工作。\n“十四五”时期工作回顾\n“十四五”时期是极不平凡的五年。\n"
                + "（一）经济实力跃升\n全省生产总值增长。\n“十五五”时期的主要目标任务\n“十五五”时期是关键时期。\n"
                + "2026年重点工作\n今年是“十五五”开局之年。\n各位代表！\n让我们团结奋斗。\n");
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.OTHER, Part.REVIEW, Part.REVIEW, Part.REVIEW,
                Part.REVIEW, Part.PLAN, Part.PLAN, Part.PLAN, Part.PLAN, Part.OTHER, Part.OTHER), parts(doc));
        assertEquals(List.of("“十四五”时期工作回顾", "（一）经济实力跃升"), doc.units().get(7).section());
        assertEquals(List.of("2026年重点工作"), doc.units().get(11).section());
    }

    @Test
    void unnumberedHeadingNamingTwoPartsTakesTheStrongerWord() {
        // neimenggu_2026
        Document doc = Fixtures.ingest("各位代表：\n现在，我代表自治区人民政府向大会报告工作。\n“十四五”时期发展成就和2025年工作回顾\n"
                + "经济总量达到2.67万亿元。\n“十五五”时期主要目标和2026年重点工作\n“十五五”时期是关键时期。\n");
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.REVIEW, Part.REVIEW, Part.PLAN, Part.PLAN), parts(doc));
    }

    @Test
    void titleBlockLinesAreNotPartHeadings() {
        // before any sentence, and a title ends in 报告: 上半年工作情况报告 is no review heading
        Document doc = Fixtures.ingest("2025年上半年工作回顾\n市政府2025年上半年工作情况报告\n各位代表：\n"
                + "一、工作开展情况\n今年以来，经济增长。\n");
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.REVIEW, Part.REVIEW), parts(doc));
        assertEquals(List.of(), doc.units().get(0).section());
    }

    @Test
    void unnumberedLinesEndingInAPartWordWithoutAPeriodOrTooLongAreNoPartHeadings() {
        Document doc = Fixtures.ingest("一、2025年工作回顾\n经济增长。\n围绕产业链部署创新链的重点工作\n扩大内需。\n"
                + "2026年围绕产业链部署创新链推动科技创新和产业创新深度融合的重点工作\n扩大内需。\n");
        assertEquals(List.of(Part.REVIEW, Part.REVIEW, Part.REVIEW, Part.REVIEW, Part.REVIEW, Part.REVIEW), parts(doc));
    }

    @Test
    void weakReviewHeadingFollowedByThisYearsPlanIsPlan() {
        // hebei_2026 / hainan_2026: 三、2026年主要工作 / 今年是“十五五”开局之年… (no date in the title block here)
        Document doc = Fixtures.ingest("一、“十四五”时期经济社会发展回顾\n经济增长。\n二、“十五五”时期的主要目标任务\n"
                + "“十五五”时期是关键时期。\n三、2026年主要工作\n今年是“十五五”起步之年，我们要稳中求进。\n"
                + "四、加强政府自身建设\n转变作风。\n");
        assertEquals(List.of(Part.REVIEW, Part.REVIEW, Part.PLAN, Part.PLAN, Part.PLAN, Part.PLAN, Part.PLAN, Part.PLAN),
                parts(doc));
    }

    @Test
    void weakReviewHeadingNamingTheReportsYearIsPlan() {
        Document doc = Fixtures.ingest("政府工作报告\n——2026年1月27日在海南省第七届人民代表大会第五次会议上\n各位代表：\n"
                + "一、2025年主要工作\n经济增长。\n二、2026年主要工作\n扩大内需。\n");
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.REVIEW, Part.REVIEW, Part.PLAN, Part.PLAN),
                parts(doc));
    }

    @Test
    void firstHalfOfTheReportsYearStaysReview() {
        // a mid-year report: 上半年 of its own year is review, whatever the year
        Document doc = Fixtures.ingest("市政府工作情况报告\n——2025年7月25日在市人民代表大会常务委员会会议上\n"
                + "一、2025年上半年工作情况\n经济增长。\n二、下半年工作安排\n扩大内需。\n");
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.REVIEW, Part.REVIEW, Part.PLAN, Part.PLAN), parts(doc));
    }

    @Test
    void closingWordsAfterTheLastHeadingAreOther() {
        Document doc = Fixtures.ingest("二、2026年工作安排\n扩大内需。\n各位代表！\n让我们团结奋斗。\n");
        assertEquals(List.of(Part.PLAN, Part.PLAN, Part.OTHER, Part.OTHER), doc.units().stream().map(Unit::part).toList());
        assertEquals(List.of(), doc.units().get(3).section());
    }

    @Test
    void textWithoutLineBreaksIsSplitIntoParagraphsAndHeadings() {
        Document doc = Fixtures.ingest("各位代表：　　现在，我代表市政府报告工作。　　一、2019年工作回顾　　过去一年，经济增长6%。"
                + "一是稳增长。 （一）推进改革开放 临港新片区设立。");
        assertEquals(List.of("各位代表：", "现在，我代表市政府报告工作。", "一、2019年工作回顾", "过去一年，经济增长6%。",
                "一是稳增长。", "（一）推进改革开放", "临港新片区设立。"),
                doc.units().stream().map(Unit::text).toList());
        assertTrue(doc.units().get(2).heading() && doc.units().get(5).heading());
        assertEquals(List.of("一、2019年工作回顾", "（一）推进改革开放"), doc.units().get(6).section());
    }

    @Test
    void fullWidthDigitsLettersAndPercentAreFolded() {
        Unit u = Fixtures.ingest("ＰＭ２．５浓度下降１２％，　ＧＤＰ增长。").units().get(0);
        assertEquals("ＰＭ２．５浓度下降１２％，　ＧＤＰ增长。", u.text());
        assertEquals("PM2.5浓度下降12%,GDP增长。".replace(",", "，"), u.norm());
    }

    @Test
    void spacesBetweenLatinWordsAreKeptAsOneSpace() {
        Unit u = Fixtures.ingest("引进Apple  Inc项目。").units().get(0);
        assertEquals("引进Apple Inc项目。", u.norm());
    }

    @Test
    void normMapsBackToOriginalOffsets() {
        String text = "下载\n打印\n全市　ＧＤＰ增长５％，比上年提高\n１个百分点。";
        Unit u = Fixtures.ingest(text).units().get(0);
        assertEquals("全市GDP增长5%，比上年提高1个百分点。", u.norm());
        assertEquals(text.indexOf("全"), u.originalOffset(0));
        assertEquals(text.indexOf("Ｇ"), u.originalOffset(2));
        assertEquals(text.indexOf("增"), u.originalOffset(5));
        assertEquals(text.indexOf("１"), u.originalOffset(u.norm().indexOf("1")));
        assertEquals(u.end(), u.originalOffset(u.norm().length()));
    }

    @Test
    void traditionalDocumentIsConvertedToSimplifiedKeepingOffsets() {
        String text = "一、過去一年工作回顧\n經濟發展穩中有進，頭髮與幹部都乾淨。\n";
        Document doc = Fixtures.ingest(text);
        Unit u = doc.units().get(1);
        assertEquals("经济发展稳中有进，头发与干部都干净。", u.norm());
        assertEquals(u.text(), text.substring(u.start(), u.end()));
        assertEquals(Part.REVIEW, u.part());
    }

    @Test
    void simplifiedDocumentIsNotConverted() {
        Unit u = Fixtures.ingest("乾隆年间的皇后与后来的发展。").units().get(0);
        assertEquals("乾隆年间的皇后与后来的发展。", u.norm());
    }

    @Test
    void unitWithoutLettersIsDropped() {
        assertEquals(List.of("经济增长。"), texts("经济增长。\n2.5\n。。\n"));
    }

    @Test
    void unitsAreIndexedInOrder() {
        Document doc = Fixtures.ingest("甲。乙。\n丙。\n");
        assertArrayEquals(new int[]{0, 1, 2}, doc.units().stream().mapToInt(Unit::index).toArray());
        assertArrayEquals(new int[]{0, 0, 1}, doc.units().stream().mapToInt(Unit::paragraph).toArray());
    }

    @Test
    void windowsLineEndsJoinLikeUnixOnes() {
        Document doc = Fixtures.ingest("一、工作回顾\r\n地级及以上城市细颗粒物（PM\r\n2.5\r\n）平均浓度下降9.1%。\r\n");
        assertEquals(List.of("一、工作回顾", "地级及以上城市细颗粒物（PM2.5）平均浓度下降9.1%。"),
                doc.units().stream().map(Unit::norm).toList());
    }

    @Test
    void countsListedAfterAMarkerOpenASentenceNotAHeading() {
        // guangxi_2026: 一、二、三产业… lists the three sectors; in a hard-wrapped copy the sentence starts a line
        String review = "一、2025年工作回顾\n全区地区生产总值增长5.1%，取得多年未有的好成绩。\n";
        for (String text : new String[] {review + "一、二、三产业增加值分别增长4.2%、5%、5.4%。规上工业增加值增长7.7%。\n",
                review.replace("\n全", " 全").replace("。\n", "。 ") + "一、二、三产业增加值分别增长4.2%、5%、5.4%。规上工业增加值增长7.7%。",
                review + "1、2、3号线延伸段建成通车。规上工业增加值增长7.7%。\n"}) {
            Document doc = Fixtures.ingest(text);
            assertEquals(List.of(true, false, false, false), doc.units().stream().map(Unit::heading).toList(), text);
            assertEquals(List.of("一、2025年工作回顾"), doc.units().get(3).section(), text);
            assertEquals(Part.REVIEW, doc.units().get(3).part(), text);
        }
    }

    @Test
    void aMarkerCountStillOpensAHeading() {
        // fujian_2026 (一、一年接着一年干…): a count after the marker, but no 、 after it
        Document doc = Fixtures.ingest("一、一年接着一年干，新福建建设持续取得新进展新成效\n全省经济稳中有进。\n"
                + "（一）一批项目建成投产。全年新开工项目300个。\n1、2025年主要指标\n增长5%。\n");
        assertEquals(List.of(true, false, true, false, true, false),
                doc.units().stream().map(Unit::heading).toList());
    }

    @Test
    void headingBrokenAfterItsOpeningBracketIsOneHeading() {
        // yunnan_2026: the page broke 〈（三）改革开放持续深化、互促共进。〉 after its opening bracket
        Document doc = Fixtures.ingest("一、2025年工作回顾\n（二）产业发展提质增效、转型加快。\n非烟非能工业增加值增长8.1%。\n"
                + "（\n三）改革开放持续深化、互促共进。\n“云南方案”成为全国开展市场准入效能评估的基础性方案。\n");
        Unit heading = doc.units().get(3);
        assertTrue(heading.heading());
        assertEquals("（\n三）改革开放持续深化、互促共进。", heading.text());
        assertEquals("（三）改革开放持续深化、互促共进。", heading.norm());
        assertEquals(List.of("一、2025年工作回顾", "（三）改革开放持续深化、互促共进"), doc.units().get(4).section());
        assertEquals(5, doc.units().size());
    }

    @Test
    void brokenMarkerJoinsOnlyAcrossOneLineBreak() {
        Document line = Fixtures.ingest("一、工作回顾\n（二\n）产业发展提质增效\n增长8.1%。\n");
        assertEquals(List.of("一、工作回顾", "（二）产业发展提质增效", "增长8.1%。"),
                line.units().stream().map(Unit::norm).toList());
        assertEquals(List.of("一、工作回顾", "（二）产业发展提质增效"), line.units().get(2).section());
        // a blank line between, or a next line with a marker of its own: no join
        Document apart = Fixtures.ingest("一、工作回顾\n（\n\n三）改革开放持续深化。\n");
        assertEquals(List.of("一、工作回顾"), apart.units().get(apart.units().size() - 1).section());
        Document own = Fixtures.ingest("一、工作回顾\n2\n（三）改革开放持续深化。\n全年增长。\n");
        assertEquals(List.of("一、工作回顾", "（三）改革开放持续深化"), own.units().get(own.units().size() - 1).section());
    }
}
