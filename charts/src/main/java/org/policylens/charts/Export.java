package org.policylens.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes figures as PNG (at a chosen dpi), SVG and PDF. Text is drawn as outlines of the bundled font in SVG and
 * PDF, so the files need no font on the reader's machine. Files are written atomically (temp file, then rename).
 */
public final class Export {
    /** 1 point = 1/72 inch; a figure of 800 points is 800 px at 72 dpi and 1600 px at 144 dpi. */
    public static final int BASE_DPI = 72;
    public static final int DEFAULT_DPI = 144;

    private Export() {
    }

    /** Renders at {@code dpi / 72} pixels per point. */
    public static BufferedImage image(Figure figure, int dpi) {
        checkDpi(dpi);
        double scale = dpi / (double) BASE_DPI;
        int w = (int) Math.round(figure.width() * scale);
        int h = (int) Math.round(figure.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            figure.paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    public static Path png(Figure figure, Path file, int dpi) {
        BufferedImage img = image(figure, dpi);
        return AtomicFiles.write(file, out -> writePng(img, dpi, out));
    }

    public static Path svg(Figure figure, Path file) {
        return AtomicFiles.write(file, out -> writeSvg(figure, out));
    }

    public static Path pdf(Figure figure, Path file) {
        return AtomicFiles.write(file, out -> writePdf(figure, out));
    }

    /** SVG of the figure: its VectorGraphics2D commands written by {@link SvgWriter} (the library's SVG bytes). */
    static void writeSvg(Figure figure, OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_VECTOR);
        figure.paint(g);
        g.dispose();
        SvgWriter.write(g.getCommands(), new PageSize(0, 0, figure.width(), figure.height()), out);
    }

    static void writePdf(Figure figure, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            // pdfbox derives the trailer /ID from the clock unless given a seed: seed it from the figure so the same
            // chart gives the same bytes
            doc.setDocumentId((long) String.join("\u0000", figure.texts()).hashCode() * 31 + figure.width());
            PDPage page = new PDPage(new PDRectangle(figure.width(), figure.height()));
            doc.addPage(page);
            // The default text drawer draws text as vector shapes unless a font is registered with it: we register
            // none, so the bundled font's outlines go into the PDF and nothing depends on the reader's fonts.
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, figure.width(), figure.height());
            try {
                figure.paint(g);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            doc.save(out);
        }
    }

    /**
     * PNG of {@code img} with {@code dpi} in its pHYs chunk. The images {@link #image} makes go through
     * {@link PngEncoder} (the same bytes as ImageIO's writer, a fraction of its CPU: ImageIO copied every row into a
     * raster and an int per sample, and wrote through a temporary cache file); any other image through ImageIO.
     */
    static void writePng(BufferedImage img, int dpi, OutputStream out) throws IOException {
        if (PngEncoder.handles(img)) {
            PngEncoder.write(img, dpi, out);
        } else {
            writePngImageIO(img, dpi, out);
        }
    }

    /** The JDK's ImageIO PNG writer with its default settings and a pHYs chunk (the reference for PngEncoder). */
    static void writePngImageIO(BufferedImage img, int dpi, OutputStream out) throws IOException {
        // kept in memory: ImageIO's default cache would write the whole file through a temporary file first
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writePngImageIO(img, dpi, ios);
        }
    }

    /** The same onto a given image stream ({@code PngEncoderTest} passes ImageIO's default one, as Export once did). */
    static void writePngImageIO(BufferedImage img, int dpi, ImageOutputStream ios) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            writer.setOutput(ios);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.write(null, new IIOImage(img, null, meta), null);
        } finally {
            writer.dispose();
        }
    }

    private static void checkDpi(int dpi) {
        if (dpi < 36 || dpi > 1200) throw new IllegalArgumentException("dpi: expected 36..1200, got " + dpi);
    }
}
