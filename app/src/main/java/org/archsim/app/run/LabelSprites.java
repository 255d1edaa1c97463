package org.archsim.app.run;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Small text labels rendered once into images and reused: laying out and rasterising text is the dearest thing a
 * live frame does on the software pipeline, while a label's text changes far less often than frames are drawn. Each
 * sprite is a fixed-height box (optional background) with the text centred or left-aligned in it; sprites are kept
 * per text, least recently used dropped beyond {@code max}. FX thread only.
 */
final class LabelSprites {

    private final Font font;
    private final Color text;
    private final Color background;
    private final boolean centred;
    private final double height;
    private final int max;
    private final SnapshotParameters params = new SnapshotParameters();
    private final Map<String, Image> cache;

    /**
     * @param background box fill, or {@code null} for none (box width then fits the text)
     * @param centred    text centred in the box (else left-aligned at x 0)
     */
    LabelSprites(Font font, Color text, Color background, boolean centred, double height, int max) {
        this.font = font;
        this.text = text;
        this.background = background;
        this.centred = centred;
        this.height = height;
        this.max = max;
        params.setFill(Color.TRANSPARENT);
        cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> e) {
                return size() > LabelSprites.this.max;
            }
        };
    }

    /** The sprite for {@code s} in a box {@code width} wide (callers pass the same width for the same text). */
    Image get(String s, double width) {
        Image img = cache.get(s);
        if (img == null) {
            img = render(s, Math.max(1, Math.ceil(width)));
            cache.put(s, img);
        }
        return img;
    }

    int size() {
        return cache.size();
    }

    private Image render(String s, double w) {
        Canvas c = new Canvas(w, height);
        GraphicsContext g = c.getGraphicsContext2D();
        if (background != null) {
            g.setFill(background);
            g.fillRect(0, 0, w, height);
        }
        g.setFont(font);
        g.setFill(text);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        g.fillText(s, centred ? w / 2 : 0, height / 2);
        return c.snapshot(params, null);
    }
}
