package org.archsim.app.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.Java2DSurface;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.model.Design;

/**
 * Raster output: the diagram drawn into a {@link BufferedImage} at a scale (1 = one pixel per diagram unit), then
 * PNG-encoded. With a transparent page the image keeps its alpha channel.
 */
public final class ImageExport {

    /** Largest accepted scale; 4 is the largest the app offers. */
    public static final double MAX_SCALE = 8;

    private ImageExport() {
    }

    /** The diagram as an ARGB image of {@code ceil(width × scale)} by {@code ceil(height × scale)} pixels. */
    public static BufferedImage image(Design design, RenderOptions options, double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be > 0 and ≤ " + (int) MAX_SCALE + ", was " + scale);
        }
        DiagramRenderer r = new DiagramRenderer(design, options);
        int w = (int) Math.ceil(r.width() * scale);
        int h = (int) Math.ceil(r.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            r.draw(new Java2DSurface(g));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The diagram as PNG bytes. */
    public static byte[] png(Design design, RenderOptions options, double scale) {
        return encode(image(design, options, scale));
    }

    /** PNG-encodes any image (also used for the dialog's preview and chart images). */
    public static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
