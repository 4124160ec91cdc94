package org.policylens.analysis.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One cleaning rule per test: text in, removals (rule and text) and surviving units out. */
class CleaningTest {

    private static final String BODY = "一、2025年工作回顾\n全市地区生产总值增长5.2%。\n";

    private static List<String> removed(Document doc) {
        return doc.removals().stream().map(r -> r.rule() + ":" + r.text()).toList();
    }

    private static List<String> units(Document doc) {
        return doc.units().stream().map(Unit::text).toList();
    }

    @Test
    void toolbarLinesAreSiteChrome() {
        Document doc = Fixtures.ingest("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n" + BODY);
        assertEquals(9, doc.removals().size());
        assertTrue(doc.removals().stream().allMatch(r -> r.rule().equals("site-chrome")));
        assertEquals(List.of("一、2025年工作回顾", "全市地区生产总值增长5.2%。"), units(doc));
    }

    @Test
    void toolbarOnOneLineIsSiteChrome() {
        Document doc = Fixtures.ingest("下载 打印 全屏 收藏 【字号：加大 还原 减小】\n" + BODY);
        assertEquals(List.of("site-chrome:下载 打印 全屏 收藏 【字号：加大 还原 减小】"), removed(doc));
    }

    @Test
    void loneToolbarWordIsKept() {
        Document doc = Fixtures.ingest(BODY + "大\n");
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void bylineLabelWithValueOnNextLine() {
        Document doc = Fixtures.ingest("来源:\n四川日报\n责任编辑：\n李莎莎\n" + BODY);
        assertEquals(List.of("site-chrome:来源:", "site-chrome:四川日报", "site-chrome:责任编辑：", "site-chrome:李莎莎"),
                removed(doc));
    }

    @Test
    void bylinesAndStamps() {
        Document doc = Fixtures.ingest("来源：北京日报\n时间：2026-02-02\n2026年02月10日 07时41分\n" + BODY);
        assertEquals(3, doc.removals().size());
        assertEquals(2, doc.units().size());
    }

    @Test
    void desktopShortcutAndButtons() {
        Document doc = Fixtures.ingest("电脑桌面\n添加公寻网到电脑桌面\n" + BODY + "确认删除?\n回到顶部\n搜索资料\n"
                + "扫一扫在手机打开当前页\n打印本页 关闭窗口\n");
        assertEquals(7, doc.removals().size());
        assertEquals(2, doc.units().size());
    }

    @Test
    void relatedArticleListWithHexIds() {
        Document doc = Fixtures.ingest(BODY + "相关链接>>\nabcd39f1fb7f426d9dfb6bd0fa1f2146:\n关于政府工作报告的决议\n"
                + "e4c29f31c6964493a14c4ddf6b160169:\n干部群众热议政府工作报告 乘势而为\n");
        assertEquals(5, doc.removals().size());
        assertTrue(doc.removals().stream().allMatch(r -> r.rule().equals("related-list")));
        assertEquals(2, doc.units().size());
    }

    @Test
    void paidDocumentNoticesAndServiceContacts() {
        Document doc = Fixtures.ingest(BODY + "1、当您付费下载文档后,您只拥有了使用权限,并不意味着购买了版权。\n"
                + "2、本站所有内容均由合作方或网友上传。\n  • 客服微信:22665800\n");
        assertEquals(3, doc.removals().size());
        assertTrue(doc.removals().stream().allMatch(r -> r.rule().equals("site-notice")));
    }

    @Test
    void photoCaptionLine() {
        Document doc = Fixtures.ingest("殷勇同志作政府工作报告。本报记者 戴冰摄\n" + BODY);
        assertEquals(List.of("photo-caption:殷勇同志作政府工作报告。本报记者 戴冰摄"), removed(doc));
    }

    @Test
    void reportSentenceAboutJournalistsIsKept() {
        Document doc = Fixtures.ingest("支持新闻记者深入基层采访拍摄。\n");
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void continuationMarkersInsideALine() {
        Document doc = Fixtures.ingest("发布新一批“上海品牌”。 下转7版 （上接第4版） （三）进一步推进改革开放。");
        assertEquals(List.of("newspaper-continuation:下转7版", "newspaper-continuation:（上接第4版）"), removed(doc));
        assertEquals(List.of("发布新一批“上海品牌”。", "（三）进一步推进改革开放。"), units(doc));
    }

    @Test
    void continuationMarkersOnTheirOwnLines() {
        Document doc = Fixtures.ingest("推进城市更新。\n下转第四版\n（紧接第一版）\n建设美丽乡村。\n");
        assertEquals(List.of("newspaper-continuation:下转第四版", "newspaper-continuation:（紧接第一版）"), removed(doc));
    }

    @Test
    void wordsLikeVersionInsideSentencesAreKept() {
        Document doc = Fixtures.ingest("推出数字政府2.0版本，转第二版规划。\n");
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void sourceNoteInBrackets() {
        Document doc = Fixtures.ingest("不断交出合格答卷。 （来源：解放日报）");
        assertEquals(List.of("source-note:（来源：解放日报）"), removed(doc));
    }

    @Test
    void wikisourceLicenceFooterOverShortLines() {
        Document doc = Fixtures.ingest(BODY + "本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议。\n公有领域\n。\n"
                + "Public domain\nPublic domain\nfalse\nfalse\n");
        assertEquals(11, doc.removals().size());
        assertTrue(doc.removals().stream().allMatch(r -> r.rule().equals("licence-footer")));
        assertEquals(2, doc.units().size());
    }

    @Test
    void repeatedTitleAndOpeningAtTheEnd() {
        String text = "2026年某省人民政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n" + BODY
                + "打印本页\n2026年某省人民政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告工作。\n";
        Document doc = Fixtures.ingest(text);
        assertEquals(List.of("site-chrome:打印本页", "repeated-opening:2026年某省人民政府工作报告",
                "repeated-opening:各位代表：现在，我代表省人民政府，向大会报告工作。"), removed(doc));
    }

    @Test
    void lastSentenceRepeatingTheOpeningWithoutTitleIsKept() {
        Document doc = Fixtures.ingest("某市政府工作报告\n各位代表！\n" + BODY + "各位代表！\n");
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void removalsKeepOriginalOffsets() {
        String text = "下载\n打印\n" + BODY;
        Document doc = Fixtures.ingest(text);
        for (Removal r : doc.removals()) assertEquals(r.text(), text.substring(r.start(), r.end()));
    }

    @Test
    void runningHeadersAndPageNumbersOfPagedText() {
        String text = "某市政府工作报告\n一、工作回顾\n全市地区生产总值增长5%，\n第 1 页 共 3 页\f"
                + "某市政府工作报告\n居民收入增长6%。\n第 2 页 共 3 页\f"
                + "某市政府工作报告\n二、今年工作安排\n扩大内需。\n第 3 页 共 3 页";
        Document doc = Fixtures.ingest(text);
        assertEquals(List.of("page-header:某市政府工作报告", "page-number:第 1 页 共 3 页", "page-header:某市政府工作报告",
                "page-number:第 2 页 共 3 页", "page-header:某市政府工作报告", "page-number:第 3 页 共 3 页"), removed(doc));
        Unit spanning = doc.units().get(1);
        assertEquals("全市地区生产总值增长5%，居民收入增长6%。", spanning.norm());
        assertEquals(text.substring(spanning.start(), spanning.end()), spanning.text());
    }
}
