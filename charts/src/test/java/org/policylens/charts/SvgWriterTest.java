package org.policylens.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.DataUtils;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.junit.jupiter.api.Test;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SvgWriter writes the same bytes as VectorGraphics2D's own SVG processor (the code Export used before). */
class SvgWriterTest {

    /** Export's SVG code before SvgWriter. */
    static byte[] library(VectorGraphics2D g, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, w, h)).writeTo(out);
        return out.toByteArray();
    }

    static byte[] writer(VectorGraphics2D g, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgWriter.write(g.getCommands(), new PageSize(0, 0, w, h), out);
        return out.toByteArray();
    }

    static VectorGraphics2D painted(Consumer<Graphics2D> paint, boolean vectorText) {
        VectorGraphics2D g = new VectorGraphics2D();
        if (vectorText) g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_VECTOR);
        paint.accept(g);
        g.dispose();
        return g;
    }

    @Test
    void everyChartKindGivesTheLibrarysBytes() throws IOException {
        for (Map.Entry<String, Figure> e : ExportTest.allKinds().entrySet()) {
            Figure f = e.getValue();
            VectorGraphics2D g = painted(f::paint, true);
            byte[] before = library(g, f.width(), f.height());
            assertArrayEquals(before, writer(g, f.width(), f.height()), e.getKey());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Export.writeSvg(f, out);
            assertArrayEquals(before, out.toByteArray(), e.getKey() + " through Export");
        }
    }

    /** Shapes, clips, transforms, strokes, alpha, text and images: every branch of the writer. */
    static void everything(Graphics2D g) {
        g.setBackground(Color.YELLOW);
        g.setColor(new Color(12, 34, 56));
        g.fill(new Rectangle2D.Double(1.5, 2.25, 300.125, 200));
        g.setColor(new Color(200, 10, 10, 128));
        g.fill(new RoundRectangle2D.Double(10, 20, 30.3, 40.7, 6, 8.5));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 7f, new float[]{3, 1.5f}, 0.5f));
        g.draw(new Line2D.Double(0.1, 0.2, 100.0000001, 50.123456789012345));
        g.draw(new Ellipse2D.Double(50, 60, 70.5, 20.25));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND));
        GeneralPath p = new GeneralPath();
        p.moveTo(1.1f, 2.2f);
        p.lineTo(3, 4.4f);
        p.quadTo(5.5f, 6, 7.75f, 8.125f);
        p.curveTo(9, 10.1f, 11.2f, 12.3f, -13.4f, -0.0001f);
        p.closePath();
        g.draw(p);
        g.fill(p);
        g.setClip(new Rectangle2D.Double(5, 5, 200, 150));
        g.fill(new Rectangle2D.Double(0, 0, 50, 50));
        g.translate(12.5, 7);
        g.setColor(Color.BLUE);
        g.fill(new Ellipse2D.Double(1, 1, 5, 5));
        g.setClip(new Rectangle2D.Double(5, 5, 200, 150));
        g.fill(new Rectangle2D.Double(3, 3, 5, 5));
        // a rotated clip would be a Path2D, whose hash (the clip path's id) is its identity: no fixed bytes to compare
        g.setClip(null);
        g.rotate(0.3);
        g.setStroke(new BasicStroke(0.75f));
        g.draw(new Line2D.Double(0, 0, 10, 10));
        g.setFont(new Font(Font.SERIF, Font.BOLD | Font.ITALIC, 17));
        g.drawString("PolicyLens 政策 <&>\"", 20, 30);
        g.setFont(ChartFonts.of(Font.PLAIN, 11.5f));
        g.drawString("经济", 40.5f, 60.25f);
        Graphics2D sub = (Graphics2D) g.create();
        sub.setClip(null);
        sub.scale(2, 0.5);
        sub.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        sub.fill(new Rectangle2D.Double(1, 2, 3, 4));
        sub.dispose();
        BufferedImage opaque = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        opaque.setRGB(1, 1, 0x336699);
        g.drawImage(opaque, 3, 4, null);
        BufferedImage translucent = new BufferedImage(5, 5, BufferedImage.TYPE_INT_ARGB);
        translucent.setRGB(2, 2, 0x80FF0000);
        g.drawImage(translucent, 10, 12, 20, 20, null);
        g.setRenderingHint(VectorHints.KEY_EXPORT, VectorHints.VALUE_EXPORT_SIZE);
        g.drawImage(opaque, 30, 40, null);
        g.setTransform(new java.awt.geom.AffineTransform());
        g.setColor(new Color(0, 0, 0, 0));
        g.fill(new Rectangle2D.Double(-1e-5, 1e16, 1.0 / 3, 2.0 / 3));
    }

    @Test
    void commandsOfEveryKindGiveTheLibrarysBytes() throws IOException {
        for (boolean vectorText : List.of(true, false)) {
            VectorGraphics2D g = painted(SvgWriterTest::everything, vectorText);
            byte[] before = library(g, 640, 480);
            String svg = new String(before, StandardCharsets.UTF_8);
            for (String element : List.of("<image", "<ellipse", "<line", "<path", "<rect", "clip-path", "matrix(",
                    "translate(", "stroke-dasharray", "fill-opacity"))
                assertTrue(svg.contains(element), element + " in the test picture");
            if (!vectorText) assertTrue(svg.contains("<text"), svg);
            assertArrayEquals(before, writer(g, 640, 480), "vector text " + vectorText);
        }
    }

    @Test
    void numbersAreTheLibrarysFormat() {
        Random random = new Random(15);
        double[] fixed = {0, -0.0, 1, -1, 0.5, 1e15, -1e15, 1e15 - 1, 999999999999999.9, 1e14 + 0.5, 1e7, 1e7 + 0.5,
                9999999.5, 0.001, 0.00099999, 1e-3 + 1e-17, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, -1.0 / 3, 0.1234567890123456,
                0.12345678901234567, 12.345678901234567, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 5e-16, 4.9999999999999996e-16, 0.0000000000000005,
                1.0000000000000002, 2.5e-15, 123.00000000000001, 0.002, 2e-3, 0.0020, 1.0e23, 0.1, 0.01, Long.MAX_VALUE, (double) Long.MIN_VALUE, 4503599627370496.5};
        for (double v : fixed) assertEquals(DataUtils.format(v), SvgWriter.number(v), Double.toString(v));
        for (int i = 0; i < 300_000; i++) {
            double v = switch (i % 6) {
                case 0 -> (float) ((random.nextDouble() - 0.5) * 6000); // float coordinates widened, as glyph outlines
                case 1 -> (random.nextDouble() - 0.5) * 6000;
                case 2 -> Math.round((random.nextDouble() - 0.5) * 20000) / 64.0;
                case 3 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
                case 4 -> Double.longBitsToDouble(random.nextLong());
                default -> Math.round((random.nextDouble() - 0.5) * 1e6) / 1e3 + random.nextInt(3) * 1e-13;
            };
            assertEquals(DataUtils.format(v), SvgWriter.number(v), Double.toString(v));
        }
    }
}
