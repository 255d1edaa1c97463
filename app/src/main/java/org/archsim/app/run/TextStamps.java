package org.archsim.app.run;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state layer's small texts — rate labels, health badges, figures lines — each rasterised once (with its box, if
 * it has one) and stamped wherever it is needed again: a snapshot redraws hundreds of labels, most of them with a text
 * seen before, and copying a small image is several times cheaper than setting its glyphs again. Kept per text,
 * style, theme and pixel scale; least recently used stamps are dropped beyond {@link #MAX}. Used by one thread at a
 * time (the state thread).
 */
final class TextStamps {

    /** How a text is set: its colours and box. */
    enum Style {
        /** A link's rate: centred in a translucent box. */
        RATE,
        /** A part's health: white, centred on the alarm colour. */
        BADGE,
        /** A part's figures: left-aligned, no box. */
        FIGURES
    }

    /** Stamps kept: a few hundred labels and figures lines cover a large design. */
    static final int MAX = 2048;
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(10.5f);

    private record Key(String text, Style style, boolean dark, double pixelScale, int width) {
    }

    private final Map<Key, BufferedImage> stamps = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> e) {
            return size() > MAX;
        }
    };
    private int rendered;

    /**
     * The stamp of {@code text} in {@code style}, {@code width} view units wide for the boxed styles (the figures
     * style fits its text), {@link StateScenes#LABEL_H} high, in device pixels at {@code pixelScale}.
     */
    BufferedImage get(String text, Style style, double width, boolean dark, double pixelScale) {
        Key k = new Key(text, style, dark, pixelScale, style == Style.FIGURES ? 0 : (int) Math.ceil(width));
        BufferedImage img = stamps.get(k);
        if (img == null) {
            img = render(k);
            stamps.put(k, img);
        }
        return img;
    }

    /** Stamps rasterised so far (cache misses; tests). */
    int rendered() {
        return rendered;
    }

    private BufferedImage render(Key k) {
        double ps = k.pixelScale();
        double w = k.style() == Style.FIGURES ? StatePainter.textWidth(k.text()) + 2 : k.width();
        double h = StateScenes.LABEL_H;
        BufferedImage img = new BufferedImage(Math.max(1, (int) Math.ceil(w * ps)), (int) Math.ceil(h * ps),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(ps, ps);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(FONT);
            FontMetrics fm = g.getFontMetrics();
            int text = switch (k.style()) {
                case RATE -> LiveColours.rateText(k.dark());
                case BADGE -> LiveColours.BADGE_TEXT;
                case FIGURES -> LiveColours.figuresText(k.dark());
            };
            if (k.style() != Style.FIGURES) {
                g.setColor(LiveColours.awt(k.style() == Style.RATE ? LiveColours.rateBox(k.dark()) : LiveColours.DOWN));
                g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, w, h));
            }
            g.setColor(LiveColours.awt(text));
            float x = k.style() == Style.FIGURES ? 0 : (float) ((w - fm.stringWidth(k.text())) / 2);
            float baseline = (float) ((h - fm.getAscent() - fm.getDescent()) / 2 + fm.getAscent());
            g.drawString(k.text(), x, baseline);
        } finally {
            g.dispose();
        }
        rendered++;
        return img;
    }
}
