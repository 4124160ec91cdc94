package org.policylens.charts;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every chart kind renders headless to PNG, SVG and PDF; pictures are checked for content, never compared by bytes. */
class ExportTest {
    @TempDir
    Path dir;

    static Map<String, Figure> allKinds() {
        Map<String, Figure> m = new LinkedHashMap<>();
        m.put("distribution", Charts.distribution(Examples.distribution()));
        m.put("donut", Charts.donut(Examples.distribution()));
        m.put("review-plan", Charts.groupedBars(Examples.reviewPlan()));
        m.put("grouped", Charts.groupedBars(Examples.byCity()));
        m.put("stacked100", Charts.stacked100(Examples.byCity()));
        m.put("heatmap-residuals", Charts.heatmap(Examples.residuals()));
        m.put("heatmap-shares", Charts.heatmap(Examples.shares()));
        m.put("radar", Charts.radar(Examples.radar()));
        m.put("trend", Charts.trend(Examples.trend()));
        m.put("small-multiples", Examples.smallMultiples());
        return m;
    }

    /** Share of non-white pixels and number of distinct colours. */
    static double inkShare(BufferedImage img, Set<Integer> colours) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) ink++;
            }
        }
        return ink / (double) (img.getWidth() * img.getHeight());
    }

    @Test
    void everyKindRendersANonBlankPng() throws Exception {
        for (var e : allKinds().entrySet()) {
            Path png = e.getValue().savePng(dir.resolve(e.getKey() + ".png"), 72);
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(e.getValue().width(), img.getWidth(), e.getKey());
            Set<Integer> colours = new HashSet<>();
            double ink = inkShare(img, colours);
            assertTrue(ink > 0.03, e.getKey() + ": only " + ink + " of the pixels are not white");
            assertTrue(colours.size() > 20, e.getKey() + ": only " + colours.size() + " colours");
        }
    }

    @Test
    void themeColourAppearsInTheDistributionPicture() {
        BufferedImage img = Export.image(Charts.distribution(Examples.distribution()), 72);
        long blue = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == 0x0072B2) blue++;
        }
        assertTrue(blue > 2000, "economy bar pixels: " + blue);
    }

    @Test
    void pngAtDoubleDpiIsTwiceAsWideAndRecordsItsDpi() throws Exception {
        Figure f = Charts.distribution(Examples.distribution());
        Path png = f.savePng(dir.resolve("d.png"), 144);
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertEquals(2 * f.width(), r.getWidth(0));
            IIOMetadata meta = r.getImageMetadata(0);
            var phys = ((javax.imageio.metadata.IIOMetadataNode) meta.getAsTree("javax_imageio_png_1.0"))
                    .getElementsByTagName("pHYs").item(0);
            assertEquals(String.valueOf(Math.round(144 / 0.0254)),
                    phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
        }
    }

    @Test
    void svgCarriesTextAsOutlinesSoNoFontIsNeededToView() throws Exception {
        for (var e : allKinds().entrySet()) {
            String svg = Files.readString(e.getValue().saveSvg(dir.resolve(e.getKey() + ".svg")), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg"), e.getKey());
            assertFalse(svg.contains("<text"), e.getKey() + ": SVG has <text> elements that need a font");
            assertTrue(svg.contains("<path"), e.getKey());
        }
    }

    @Test
    void pdfHasOnePageOfTheFigureSize() throws Exception {
        for (var e : allKinds().entrySet()) {
            Path pdf = e.getValue().savePdf(dir.resolve(e.getKey() + ".pdf"));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages(), e.getKey());
                assertEquals(e.getValue().width(), doc.getPage(0).getMediaBox().getWidth(), 0.01, e.getKey());
                assertTrue(doc.getPage(0).getResources().getFontNames().iterator().hasNext() == false,
                        e.getKey() + ": PDF should draw text as outlines, not reference fonts");
            }
        }
    }

    @Test
    void svgAndPdfAreByteIdenticalWhenWrittenTwice() throws Exception {
        Figure f = Examples.smallMultiples();
        for (Format format : List.of(Format.SVG, Format.PDF)) {
            List<Path> a = f.save(dir.resolve("a"), EnumSet.of(format), 72);
            List<Path> b = f.save(dir.resolve("b"), EnumSet.of(format), 72);
            assertEquals(-1L, Files.mismatch(a.get(0), b.get(0)), format.name());
        }
    }

    @Test
    void saveWritesEachRequestedFormatAndLeavesNoTempFile() throws Exception {
        List<Path> out = Charts.trend(Examples.trend()).save(dir.resolve("trend"), EnumSet.of(Format.PNG, Format.SVG), 72);
        assertEquals(List.of(dir.resolve("trend.png"), dir.resolve("trend.svg")), out);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void writingTwiceReplacesTheFile() throws Exception {
        Path p = dir.resolve("x.png");
        Charts.donut(Examples.distribution()).savePng(p, 72);
        Charts.trend(Examples.trend()).savePng(p, 72);
        assertEquals(Charts.trend(Examples.trend()).width(), ImageIO.read(p.toFile()).getWidth());
    }
}
