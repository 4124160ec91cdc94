package org.policylens.analysis.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatsTest {

    @TempDir
    Path dir;

    private static List<String> texts(Document doc) {
        return doc.units().stream().map(Unit::text).toList();
    }

    private static String allText(Document doc) {
        return String.join("|", texts(doc));
    }

    @Test
    void htmlKeepsMainTextAndDropsNavigationScriptsHeaderFooter() throws IOException {
        String html = """
                <html><head><title>政府工作报告</title><style>p{color:red}</style>
                <script>var x = "脚本里的句子。";</script></head>
                <body><header>网站首页 | 新闻中心</header>
                <nav><a href="/">首页</a><a href="/news">要闻</a></nav>
                <div class="content"><h1>2026年政府工作报告</h1>
                <p>一、2025年工作回顾</p>
                <p>全市地区生产总值增长5.2%。居民收入增长5%。</p>
                <div>二、2026年工作安排<br>加快发展新质生产力；推进绿色低碳发展。</div></div>
                <footer>版权所有 © 某某网站 联系我们</footer></body></html>
                """;
        Document doc = Ingest.read(Files.writeString(dir.resolve("report.html"), html), IngestOptions.DEFAULT);
        assertEquals("html", doc.format());
        assertEquals(List.of("2026年政府工作报告", "一、2025年工作回顾", "全市地区生产总值增长5.2%。", "居民收入增长5%。",
                "二、2026年工作安排", "加快发展新质生产力；", "推进绿色低碳发展。"), texts(doc));
        assertFalse(doc.originalText().contains("脚本") || doc.originalText().contains("首页")
                || doc.originalText().contains("版权所有"), doc.originalText());
    }

    @Test
    void htmlPartsFollowHeadings() throws IOException {
        String html = "<p>一、2025年工作回顾</p><p>经济增长。</p><p>二、2026年工作安排</p><p>扩大内需。</p>";
        Document doc = Ingest.read(Files.writeString(dir.resolve("r.htm"), html), IngestOptions.DEFAULT);
        assertEquals(List.of(Part.REVIEW, Part.REVIEW, Part.PLAN, Part.PLAN),
                doc.units().stream().map(Unit::part).toList());
    }

    @Test
    void docxParagraphsBecomeLines() throws IOException {
        Path file = dir.resolve("report.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : List.of("政府工作报告", "一、2025年工作回顾", "全市地区生产总值增长5.2%，居民收入增长5%。",
                    "二、2026年工作安排", "加快发展新质生产力。")) {
                docx.createParagraph().createRun().setText(p);
            }
            docx.write(out);
        }
        Document doc = Ingest.read(file, IngestOptions.DEFAULT);
        assertEquals("docx", doc.format());
        assertEquals(List.of("政府工作报告", "一、2025年工作回顾", "全市地区生产总值增长5.2%，居民收入增长5%。",
                "二、2026年工作安排", "加快发展新质生产力。"), texts(doc));
        assertEquals(Part.PLAN, doc.units().get(4).part());
    }

    /** Three pages with a running header, a running footer and page numbers: only the body text is kept. */
    @Test
    void pdfRunningHeaderFooterAndPageNumbersAreRemoved() throws IOException {
        Path file = dir.resolve("report.pdf");
        String[] bodies = {
                "The city economy grew by 5.2 percent last year. Household income rose by 5 percent.",
                "We will expand domestic demand this year. We will protect rivers and lakes.",
                "Public services will improve in every district. Schools will add 10,000 places."};
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < bodies.length; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    line(cs, font, 72, 750, "Report on the Work of the Government 2026");
                    line(cs, font, 72, 600, bodies[i]);
                    line(cs, font, 72, 80, "City People's Government Office");
                    line(cs, font, 300, 50, "- " + (i + 1) + " -");
                }
            }
            pdf.save(file.toFile());
        }
        Document doc = Ingest.read(file, IngestOptions.DEFAULT);
        assertEquals("pdf", doc.format());
        assertEquals(Language.ENGLISH, doc.language());
        assertEquals(List.of("The city economy grew by 5.2 percent last year.", "Household income rose by 5 percent.",
                "We will expand domestic demand this year.", "We will protect rivers and lakes.",
                "Public services will improve in every district.", "Schools will add 10,000 places."), texts(doc));
        assertEquals(List.of("page-header", "page-header", "page-number"),
                doc.removals().subList(0, 3).stream().map(Removal::rule).toList());
        assertEquals(9, doc.removals().size());
    }

    private static void line(PDPageContentStream cs, PDType1Font font, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, 11);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    @Test
    void englishTextIsSplitWithCoreNlpAndKeepsOffsets() throws IOException {
        String text = "REPORT ON THE WORK OF THE GOVERNMENT\n\n"
                + "Mr. Chen said the economy grew 5.2% in 2025. Exports rose by 3 percent!\n"
                + "Will consumption recover? We expect it to do so in the\nsecond half of the year.\n";
        Path file = Files.writeString(dir.resolve("english.txt"), text, StandardCharsets.UTF_8);
        Document doc = Ingest.read(file, IngestOptions.DEFAULT);
        assertEquals(Language.ENGLISH, doc.language());
        assertEquals(List.of("REPORT ON THE WORK OF THE GOVERNMENT", "Mr. Chen said the economy grew 5.2% in 2025.",
                "Exports rose by 3 percent!", "Will consumption recover?",
                "We expect it to do so in the\nsecond half of the year."), texts(doc));
        Unit last = doc.units().get(4);
        assertEquals("We expect it to do so in the second half of the year.", last.norm());
        assertTrue(doc.units().get(0).heading());
        for (Unit u : doc.units()) assertEquals(u.text(), text.substring(u.start(), u.end()));
    }
}
