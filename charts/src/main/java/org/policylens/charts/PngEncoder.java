package org.policylens.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque RGB image ({@link BufferedImage#TYPE_INT_RGB}) as the same PNG bytes as the JDK's ImageIO writer
 * with a pHYs chunk ({@link Export#writePngImageIO}), without its per-row raster copies and int-per-sample buffers
 * and without ImageIO's temporary cache file: the signature, IHDR (8-bit truecolour, no interlace), pHYs, the image
 * data as IDAT chunks of 32768 bytes (the last one shorter), IEND.
 *
 * <p>The image data are what the JDK writer produces: every row is filter type 0 (the JDK's row filter keeps type 0
 * for all but palette images) followed by the row's R, G, B bytes, compressed by a {@link Deflater} at the JDK
 * writer's default level 4, each row given to the deflater as two inputs (the filter byte, then the samples) and
 * drained into a 512-byte buffer, as the JDK writer does. {@code PngEncoderTest} compares the bytes with ImageIO's.
 */
final class PngEncoder {
    /** The JDK PNG writer's default deflate level (com.sun.imageio.plugins.png.PNGImageWriter). */
    static final int DEFLATE_LEVEL = 4;
    /** The JDK PNG writer's IDAT chunk length. */
    static final int IDAT_LENGTH = 32768;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IHDR = {'I', 'H', 'D', 'R'};
    private static final byte[] PHYS = {'p', 'H', 'Y', 's'};
    private static final byte[] IDAT = {'I', 'D', 'A', 'T'};
    private static final byte[] IEND = {'I', 'E', 'N', 'D'};

    private final OutputStream out;
    private final CRC32 crc = new CRC32();
    private final byte[] head = new byte[8];
    private final byte[] chunk = new byte[IDAT_LENGTH];
    private int chunkUsed;

    private PngEncoder(OutputStream out) {
        this.out = out;
    }

    /**
     * True when {@link #write} handles {@code img}: a {@link BufferedImage#TYPE_INT_RGB} image over its own whole
     * int array (not a sub-image), as {@link Export#image} makes.
     */
    static boolean handles(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) return false;
        WritableRaster r = img.getRaster();
        return r.getParent() == null && r.getMinX() == 0 && r.getMinY() == 0
                && r.getSampleModelTranslateX() == 0 && r.getSampleModelTranslateY() == 0
                && r.getDataBuffer() instanceof DataBufferInt db && db.getNumBanks() == 1
                && r.getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() >= img.getWidth() && sm.getNumBands() == 3
                && sm.getBitMasks()[0] == 0xFF0000 && sm.getBitMasks()[1] == 0xFF00 && sm.getBitMasks()[2] == 0xFF;
    }

    /** Writes {@code img} (see {@link #handles}) with {@code dpi} recorded in pHYs (pixels per metre). */
    static void write(BufferedImage img, int dpi, OutputStream out) throws IOException {
        if (!handles(img)) throw new IllegalArgumentException("not an opaque TYPE_INT_RGB image: " + img);
        new PngEncoder(out).encode(img, dpi);
    }

    private void encode(BufferedImage img, int dpi) throws IOException {
        int w = img.getWidth();
        int h = img.getHeight();
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour; compression, filter and interlace methods 0
        writeChunk(IHDR, ihdr, ihdr.length);
        byte[] phys = new byte[9];
        int perMetre = (int) Math.round(dpi / 0.0254);
        putInt(phys, 0, perMetre);
        putInt(phys, 4, perMetre);
        phys[8] = 1; // unit: metre
        writeChunk(PHYS, phys, phys.length);

        WritableRaster raster = img.getRaster();
        int[] pixels = ((DataBufferInt) raster.getDataBuffer()).getData();
        int offset = ((DataBufferInt) raster.getDataBuffer()).getOffset();
        int stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        byte[] filter = {0};
        byte[] row = new byte[3 * w];
        byte[] buf = new byte[512];
        Deflater def = new Deflater(DEFLATE_LEVEL);
        try {
            for (int y = 0; y < h; y++) {
                int p = offset + y * stride;
                // a chart has many rows equal to the one above (margins, bars): those keep the samples already there
                if (y == 0 || !Arrays.equals(pixels, p, p + w, pixels, p - stride, p - stride + w)) {
                    for (int x = 0, b = 0; x < w; x++, b += 3) {
                        int rgb = pixels[p + x];
                        row[b] = (byte) (rgb >> 16);
                        row[b + 1] = (byte) (rgb >> 8);
                        row[b + 2] = (byte) rgb;
                    }
                }
                deflate(def, filter, buf);
                deflate(def, row, buf);
            }
            def.finish();
            while (!def.finished()) drain(def, buf);
        } finally {
            def.end();
        }
        writeChunk(IDAT, chunk, chunkUsed);
        writeChunk(IEND, chunk, 0);
    }

    private void deflate(Deflater def, byte[] input, byte[] buf) throws IOException {
        def.setInput(input, 0, input.length);
        while (!def.needsInput()) drain(def, buf);
    }

    /** One deflate call into {@code buf}; its output fills IDAT chunks, a full one written when more data follows. */
    private void drain(Deflater def, byte[] buf) throws IOException {
        int len = def.deflate(buf, 0, buf.length);
        int off = 0;
        while (len > 0) {
            if (chunkUsed == IDAT_LENGTH) {
                writeChunk(IDAT, chunk, IDAT_LENGTH);
                chunkUsed = 0;
            }
            int n = Math.min(len, IDAT_LENGTH - chunkUsed);
            System.arraycopy(buf, off, chunk, chunkUsed, n);
            chunkUsed += n;
            off += n;
            len -= n;
        }
    }

    private void writeChunk(byte[] type, byte[] data, int len) throws IOException {
        putInt(head, 0, len);
        System.arraycopy(type, 0, head, 4, 4);
        out.write(head, 0, 8);
        out.write(data, 0, len);
        crc.reset();
        crc.update(type, 0, 4);
        crc.update(data, 0, len);
        putInt(head, 0, (int) crc.getValue());
        out.write(head, 0, 4);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
