package org.policylens.charts;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PngEncoder writes the same bytes as the JDK's ImageIO PNG writer (the code Export used before), image by image. */
class PngEncoderTest {

    /**
     * Export's PNG code before PngEncoder: ImageIO's writer through ImageIO's default stream (which caches in a
     * temporary file), where Export now passes a memory-cached stream.
     */
    static byte[] imageIoBefore(BufferedImage img, int dpi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            Export.writePngImageIO(img, dpi, ios);
        }
        return out.toByteArray();
    }

    static byte[] encoder(BufferedImage img, int dpi) throws IOException {
        assertTrue(PngEncoder.handles(img));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(img, dpi, out);
        return out.toByteArray();
    }

    static byte[] export(BufferedImage img, int dpi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Export.writePng(img, dpi, out);
        return out.toByteArray();
    }

    static byte[] imageIoNow(BufferedImage img, int dpi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Export.writePngImageIO(img, dpi, out);
        return out.toByteArray();
    }

    @Test
    void everyChartKindAtSeveralDpisGivesImageIoBytes() throws IOException {
        for (Map.Entry<String, Figure> e : ExportTest.allKinds().entrySet()) {
            for (int dpi : new int[]{36, 72, 144, 203}) {
                BufferedImage img = Export.image(e.getValue(), dpi);
                byte[] before = imageIoBefore(img, dpi);
                assertArrayEquals(before, encoder(img, dpi), e.getKey() + " at " + dpi + " dpi");
                assertArrayEquals(before, export(img, dpi), e.getKey() + " at " + dpi + " dpi, Export");
                assertArrayEquals(before, imageIoNow(img, dpi), e.getKey() + " at " + dpi + " dpi, memory cache");
            }
        }
    }

    @Test
    void noiseOverManyIdatChunksAndOddSizesGivesImageIoBytes() throws IOException {
        Random random = new Random(15);
        int[][] sizes = {{1, 1}, {1, 7}, {7, 1}, {3, 5}, {333, 211}, {640, 480}};
        for (int[] size : sizes) {
            BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            int[] data = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            // the top byte is not part of an RGB pixel: set it too, the writer must ignore it
            for (int i = 0; i < data.length; i++) data[i] = random.nextInt();
            byte[] before = imageIoBefore(img, 144);
            assertArrayEquals(before, encoder(img, 144), size[0] + "x" + size[1]);
        }
        BufferedImage big = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) big.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) data[i] = random.nextInt(4) == 0 ? random.nextInt() : 0xFFFFFF;
        assertTrue(imageIoBefore(big, 72).length > 3 * PngEncoder.IDAT_LENGTH, "several IDAT chunks");
        assertArrayEquals(imageIoBefore(big, 72), encoder(big, 72));
    }

    @Test
    void drawnShapesGiveImageIoBytes() throws IOException {
        BufferedImage img = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 500, 300);
        g.setColor(new Color(0x0072B2));
        g.fillOval(20, 30, 200, 150);
        g.setColor(Color.BLACK);
        g.drawString("PolicyLens 政策", 40, 250);
        g.dispose();
        for (int dpi : new int[]{36, 100, 1200}) assertArrayEquals(imageIoBefore(img, dpi), encoder(img, dpi));
    }

    @Test
    void otherImagesGoThroughImageIo() throws IOException {
        BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(3, 4, 0x80FF0000);
        assertFalse(PngEncoder.handles(argb));
        assertArrayEquals(imageIoBefore(argb, 72), export(argb, 72));

        BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(5, 6, 0x123456);
        BufferedImage sub = rgb.getSubimage(2, 3, 20, 10);
        assertFalse(PngEncoder.handles(sub));
        assertArrayEquals(imageIoBefore(sub, 72), export(sub, 72));
        assertEquals(0x123456, ImageIO.read(new java.io.ByteArrayInputStream(export(sub, 72))).getRGB(3, 3) & 0xFFFFFF);

        BufferedImage gray = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY);
        assertFalse(PngEncoder.handles(gray));
        assertArrayEquals(imageIoBefore(gray, 72), export(gray, 72));
    }
}
