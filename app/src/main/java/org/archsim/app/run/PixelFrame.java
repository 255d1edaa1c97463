package org.archsim.app.run;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One picture shared, without copying, by Java2D and JavaFX: a premultiplied ARGB {@link BufferedImage} whose int
 * pixels also back a {@link PixelBuffer} and the {@link WritableImage} made from it. Pixels are written directly (or
 * with Java2D, on any thread), then {@link #publish} tells JavaFX which region changed; JavaFX uploads only that
 * region when it next renders the image. The live layers draw into these instead of a {@code Canvas}: on the software
 * pipeline a canvas replays every queued fill on the render thread, while writing a few thousand pixels here costs
 * the FX thread well under a millisecond.
 *
 * <p>Contract: the render thread reads the pixels while it draws a frame that shows the image, which may still be
 * going on during the next pulse's animation phase; a frame that was shown must therefore not be written again before
 * the pulse after the one that stopped showing it (callers keep two or three frames and take turns). Created and
 * published on the FX thread.
 */
final class PixelFrame {

    private final int width;
    private final int height;
    private final BufferedImage image;
    private final int[] pixels;
    private final PixelBuffer<IntBuffer> buffer;
    private final WritableImage fx;

    /** A transparent frame of {@code width} × {@code height} pixels (at least 1 × 1). */
    PixelFrame(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        image = new BufferedImage(this.width, this.height, BufferedImage.TYPE_INT_ARGB_PRE);
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        buffer = new PixelBuffer<>(this.width, this.height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        fx = new WritableImage(buffer);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixels, row by row, premultiplied ARGB. */
    int[] pixels() {
        return pixels;
    }

    /** The same pixels for Java2D. */
    BufferedImage image() {
        return image;
    }

    /** The same pixels for JavaFX. */
    WritableImage fxImage() {
        return fx;
    }

    /** Makes the pixels of {@code r} (clipped to the frame) transparent. */
    void clear(PixelRect r) {
        fill(r.x0(), r.y0(), r.x1(), r.y1(), 0);
    }

    /** Fills the rectangle from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}), exclusive, clipped, with {@code argb}. */
    void fill(int x0, int y0, int x1, int y1, int argb) {
        int xa = Math.max(0, x0);
        int xb = Math.min(width, x1);
        int yb = Math.min(height, y1);
        if (xa >= xb) {
            return;
        }
        int[] p = pixels;
        int n = xb - xa;
        if (n > 32) {
            for (int y = Math.max(0, y0); y < yb; y++) {
                Arrays.fill(p, y * width + xa, y * width + xb, argb);
            }
            return;
        }
        for (int y = Math.max(0, y0); y < yb; y++) { // a mark's few pixels a row: a plain loop beats a call per row
            for (int i = y * width + xa, end = i + n; i < end; i++) {
                p[i] = argb;
            }
        }
    }

    /** Copies the pixels of {@code r} (clipped) from {@code from}, a frame of the same size. */
    void copy(PixelFrame from, PixelRect r) {
        copy(from, r.x0(), r.y0(), r.x1(), r.y1());
    }

    /** Copies the pixels from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}), exclusive, clipped. */
    void copy(PixelFrame from, int x0, int y0, int x1, int y1) {
        int xa = Math.max(0, x0);
        int xb = Math.min(width, x1);
        int yb = Math.min(height, y1);
        if (xa >= xb) {
            return;
        }
        for (int y = Math.max(0, y0); y < yb; y++) {
            System.arraycopy(from.pixels, y * width + xa, pixels, y * width + xa, xb - xa);
        }
    }

    /** Tells JavaFX that the pixels of {@code dirty} changed (FX thread); an empty region publishes nothing. */
    void publish(PixelRect dirty) {
        PixelRect c = dirty.clip(width, height);
        if (!c.isEmpty()) {
            buffer.updateBuffer(b -> new Rectangle2D(c.x0(), c.y0(), c.x1() - c.x0(), c.y1() - c.y0()));
        }
    }
}
