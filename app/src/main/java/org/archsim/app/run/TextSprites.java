package org.archsim.app.run;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Small text labels rendered once per distinct text into images and reused. On the software pipeline drawing text
 * on a Canvas fills every glyph's outline on the render thread (about a quarter of a millisecond a label), while
 * blitting an image is cheap; so a label is rasterised with Java2D on the calling thread into an int buffer and
 * copied into a {@link WritableImage} — no JavaFX snapshot, which would stall the FX thread until the renderer is
 * free. Each sprite is a box of fixed height (optional background) with the text centred or left-aligned; sprites are
 * kept per text, least recently used dropped beyond {@code max}. Not thread-safe (FX thread in the app).
 */
final class TextSprites {

    private final java.awt.Font font;
    private final java.awt.Color text;
    private final java.awt.Color background;
    private final boolean centred;
    private final int height;
    private final Map<String, Image> cache;
    private int rendered;

    /**
     * @param px         font size in pixels
     * @param background box fill, or {@code null} for none (the box then fits the text)
     * @param centred    text centred in the box (else left-aligned at x 0)
     */
    TextSprites(double px, Color text, Color background, boolean centred, int height, int max) {
        this.font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 1).deriveFont((float) px);
        this.text = awt(text);
        this.background = background == null ? null : awt(background);
        this.centred = centred;
        this.height = height;
        cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> e) {
                return size() > max;
            }
        };
    }

    /** The sprite for {@code s}; {@code width} is the box's width when it has a background (else it fits the text). */
    Image get(String s, double width) {
        Image img = cache.get(s);
        if (img == null) {
            img = render(s, (int) Math.max(1, Math.ceil(width)));
            cache.put(s, img);
        }
        return img;
    }

    /** Sprites rendered so far (cache misses). */
    int rendered() {
        return rendered;
    }

    private Image render(String s, int boxWidth) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D pg = probe.createGraphics();
        java.awt.FontMetrics fm = pg.getFontMetrics(font);
        pg.dispose();
        int w = background != null ? boxWidth : Math.max(1, fm.stringWidth(s) + 2);
        BufferedImage img = new BufferedImage(w, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        if (background != null) {
            g.setColor(background);
            g.fillRect(0, 0, w, height);
        }
        g.setFont(font);
        g.setColor(text);
        float x = centred ? (w - fm.stringWidth(s)) / 2f : 0;
        float baseline = (height - fm.getAscent() - fm.getDescent()) / 2f + fm.getAscent();
        g.drawString(s, x, baseline);
        g.dispose();
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        WritableImage out = new WritableImage(w, height);
        out.getPixelWriter().setPixels(0, 0, w, height, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
        rendered++;
        return out;
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
