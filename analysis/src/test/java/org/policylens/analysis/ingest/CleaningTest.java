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

    /*
     * Round 16: chrome of sites not seen before. Snippets (a few lines each) from the 2026 provincial reports as
     * published on the sites of 宁夏日报 (ningxia), 云南日报 (yunnan), the Shaanxi government (shaanxi), 青海日报
     * (qinghai) and the provincial papers' pages (gansu, hunan, jiangxi, xinjiang, guizhou, hebei); government
     * documents, outside copyright. Names of the site, channel or staff changed where they identify nothing.
     */

    @Test
    void breadcrumbOneCrumbALineWithPublishTimeAndCounter() {
        // ningxia_2026: 当前位置： / 首页 / > / 政务信息 / > / 宁夏要闻, 发表时间：, 阅读量：
        Document doc = Fixtures.ingest("当前位置：\n首页\n>\n政务信息\n>\n宁夏要闻\n2026年宁夏回族自治区政府工作报告\n"
                + "发表时间：\n2026-02-09 09:45:30\n阅读量：\n政府工作报告\n" + BODY);
        assertEquals(List.of("site-chrome:当前位置：", "site-chrome:首页", "site-chrome:>", "site-chrome:政务信息",
                "site-chrome:>", "site-chrome:宁夏要闻", "site-chrome:发表时间：", "site-chrome:2026-02-09 09:45:30",
                "site-chrome:阅读量：", "repeated-title:政府工作报告"), removed(doc));
        assertEquals(List.of("2026年宁夏回族自治区政府工作报告", "一、2025年工作回顾", "全市地区生产总值增长5.2%。"), units(doc));
    }

    @Test
    void breadcrumbWithTheChannelNameRepeatedAsThePageHeading() {
        // yunnan_2026: 您的位置: / 首页 / > / 云南要闻 / 云南要闻 (the channel's heading), then the title
        Document doc = Fixtures.ingest("您的位置:\n首页\n>\n云南要闻\n云南要闻\n2026年政府工作报告\n" + BODY);
        assertEquals(List.of("site-chrome:您的位置:", "site-chrome:首页", "site-chrome:>", "site-chrome:云南要闻",
                "site-chrome:云南要闻"), removed(doc));
        assertEquals("2026年政府工作报告", units(doc).get(0));
    }

    @Test
    void breadcrumbOnOneLine() {
        Document doc = Fixtures.ingest("首页 > 政府信息公开 > 政府工作报告 > 省政府工作报告\n" + BODY);
        assertEquals(List.of("site-chrome:首页 > 政府信息公开 > 政府工作报告 > 省政府工作报告"), removed(doc));
    }

    @Test
    void channelNamesWithoutHomeOrSeparatorsAreKept() {
        // a short line after a lone 首页 is a crumb only after a separator; a lone 首页 next to report text stays
        Document doc = Fixtures.ingest("首页\n政务信息\n" + BODY);
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void shareButtonsTopicLinkSeparatorsAndCloseButton() {
        // yunnan_2026, the end of the page
        Document doc = Fixtures.ingest(BODY + "》》点击图片进入专题《《\n收藏\n|\n分享到:\n分享到微信\n×\n相关文档：\n");
        assertEquals(List.of("site-chrome:》》点击图片进入专题《《", "site-chrome:收藏", "site-chrome:|",
                "site-chrome:分享到:", "site-chrome:分享到微信", "site-chrome:×", "related-list:相关文档："), removed(doc));
        assertEquals(2, doc.units().size());
    }

    @Test
    void shareButtonToTwoTargets() {
        Document doc = Fixtures.ingest(BODY + "分享到：微信 微博\n");
        assertEquals(List.of("site-chrome:分享到：微信 微博"), removed(doc));
    }

    @Test
    void reportLineOpeningWithShareIsKept() {
        Document doc = Fixtures.ingest(BODY + "分享：发展成果更多更公平惠及全体人民\n");
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void loneSeparatorOrCloseButtonNextToReportTextIsKept() {
        Document doc = Fixtures.ingest(BODY + ">\n全市新增就业12万人。\n×\n");
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void staffBylineOfNamesOnly() {
        // qinghai_2026: the last line
        Document doc = Fixtures.ingest(BODY + "编辑：何继红\n");
        assertEquals(List.of("site-chrome:编辑：何继红"), removed(doc));
    }

    @Test
    void editorLabelFollowedByASentenceIsKept() {
        Document doc = Fixtures.ingest(BODY + "编辑：加强新闻出版管理，繁荣文艺创作。\n");
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void titleBlockPrintedTwiceAroundChrome() {
        // shaanxi_2026: the page header repeats the title block before the breadcrumb and 时间/来源/分享
        Document doc = Fixtures.ingest("分享:\n陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上\n"
                + "首页\n>\n政府信息公开\n>\n省政府工作报告\n陕西省2026年政府工作报告\n"
                + "2026年1月27日在陕西省第十四届人民代表大会第四次会议上\n时间：\n2026-02-02 09:20\n分享:\n" + BODY);
        assertEquals(List.of("site-chrome:分享:", "repeated-title:陕西省2026年政府工作报告",
                "repeated-title:2026年1月27日在陕西省第十四届人民代表大会第四次会议上", "site-chrome:首页", "site-chrome:>",
                "site-chrome:政府信息公开", "site-chrome:>", "site-chrome:省政府工作报告", "site-chrome:时间：",
                "site-chrome:2026-02-02 09:20", "site-chrome:分享:"), removed(doc));
        assertEquals(List.of("陕西省2026年政府工作报告", "2026年1月27日在陕西省第十四届人民代表大会第四次会议上",
                "一、2025年工作回顾", "全市地区生产总值增长5.2%。"), units(doc));
    }

    @Test
    void pageTitleAndTheShorterArticleTitleGiveTheTitleOnce() {
        // ningxia_2026: the page title names the year and region, the article's own title after the chrome does not
        Document doc = Fixtures.ingest("2026年宁夏回族自治区政府工作报告\n发表时间：\n2026-02-09 09:45:30\n政府工作报告\n"
                + "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上\n" + BODY);
        assertEquals(List.of("site-chrome:发表时间：", "site-chrome:2026-02-09 09:45:30", "repeated-title:政府工作报告"),
                removed(doc));
        assertEquals(List.of("2026年宁夏回族自治区政府工作报告", "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上",
                "一、2025年工作回顾", "全市地区生产总值增长5.2%。"), units(doc));
    }

    @Test
    void titleNotRepeatedAfterTheChromeIsKept() {
        for (String article : new String[] {"工作报告解读", "报告"}) { // not the end of the page title; too short
            Document doc = Fixtures.ingest("2026年宁夏回族自治区政府工作报告\n发表时间：\n2026-02-09 09:45:30\n" + article + "\n"
                    + BODY);
            assertEquals(2, doc.removals().size(), article);
            assertEquals(List.of("2026年宁夏回族自治区政府工作报告", article), units(doc).subList(0, 2), article);
        }
    }

    @Test
    void captionWithThePapersByline() {
        // hunan_2026, jiangxi_2026 (a name split by a space), xinjiang_2026, guizhou_2026
        for (String caption : new String[] {"省长毛伟明作政府工作报告。湖南日报全媒体记者 刘尚文 摄",
                "省长叶建春作政府工作报告。本报全媒体记者 林 君摄", "向大会作政府工作报告。石榴云/新疆日报记者谢龙摄",
                "政府工作报告。 贵州日报天眼新闻记者 李森 摄"}) {
            Document doc = Fixtures.ingest(caption + "\n各位代表：\n" + BODY);
            assertEquals(List.of("photo-caption:" + caption), removed(doc), caption);
            assertEquals("各位代表：", units(doc).get(0), caption);
        }
    }

    @Test
    void captionWithTheBylineButNoPhotographerMark() {
        // gansu_2026: no 摄; before the fix the byline and 各位代表： made one unit
        Document doc = Fixtures.ingest("任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿\n各位代表：\n" + BODY);
        assertEquals(List.of("photo-caption:任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿"), removed(doc));
        assertEquals("各位代表：", units(doc).get(0));
    }

    @Test
    void captionWithoutABylineBeforeTheOpeningAddress() {
        // tianjin_2026 and shaanxi_2026: the caption of the photo, its byline missing
        for (String caption : new String[] {"张工作政府工作报告。", "省长赵刚作政府工作报告"}) {
            Document doc = Fixtures.ingest("2026年天津市政府工作报告\n" + caption + "\n各位代表：\n" + BODY);
            assertEquals(List.of("photo-caption:" + caption), removed(doc), caption);
        }
    }

    @Test
    void openingSentenceDeliveringTheReportIsKept() {
        Document doc = Fixtures.ingest("我代表市人民政府向大会作政府工作报告。\n各位代表：\n" + BODY
                + "市长作政府工作报告\n");
        assertEquals(List.of(), doc.removals());
    }

    @Test
    void reportLinesAboutReportersAreKept() {
        Document doc = Fixtures.ingest("加强新闻记者队伍建设\n推动主流媒体深度融合。支持省报记者 深入基层\n" + BODY);
        assertEquals(List.of(), doc.removals());
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
