package org.archsim.app.run;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.archsim.app.editor.LinkArrow;

/**
 * Draws a {@link StateScene} with Java2D into a {@link PixelFrame}: a band along each busy link whose width grows with
 * the log of its rate, the rate as a label at the link's middle, and on each card a utilisation bar along its bottom
 * edge, a frame and badge when it is down, slowed or refusing calls, and one line of figures below it. Texts are
 * stamped from {@link TextStamps}. Runs on the state thread, so the FX thread never waits for hundreds of strokes and
 * labels.
 */
final class StatePainter {

    /** A link's line width, world units (`.link-line` in editor.css). */
    private static final double LINK_W = 1.6;
    /** Anti-aliased, fractional metrics: as {@link TextStamps} sets text. */
    private static final java.awt.font.FontRenderContext TEXT = new java.awt.font.FontRenderContext(null, true, true);

    private StatePainter() {
    }

    /**
     * Makes {@code clear} transparent in {@code f}, then draws {@code s} (which covers {@code s.box()}) into it, its
     * texts stamped from {@code stamps}. Both rectangles are in the frame's pixels.
     */
    static void paint(PixelFrame f, PixelRect clear, StateScene s, TextStamps stamps) {
        if (!clear.equals(s.box())) {
            f.clear(clear);
        }
        f.clear(s.box());
        if (s.box().isEmpty()) {
            return;
        }
        Graphics2D g = f.image().createGraphics();
        Graphics2D raw = f.image().createGraphics(); // device pixels, for stamps
        try {
            raw.clipRect(s.box().x0(), s.box().y0(), s.box().width(), s.box().height());
            Stamper stamp = new Stamper(raw, stamps, s.dark(), s.view().pixelScale());
            double ps = s.view().pixelScale();
            g.clipRect(s.box().x0(), s.box().y0(), s.box().width(), s.box().height());
            g.scale(ps, ps);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setComposite(AlphaComposite.SrcOver);
            bands(g, s);
            labels(s, stamp);
            cards(g, s, stamp);
        } finally {
            g.dispose();
            raw.dispose();
        }
    }

    /** Stamps texts at view coordinates, rounded to whole device pixels. */
    private record Stamper(Graphics2D raw, TextStamps stamps, boolean dark, double pixelScale) {

        void at(String text, TextStamps.Style style, double width, double x, double y) {
            raw.drawImage(stamps.get(text, style, width, dark, pixelScale), (int) Math.round(x * pixelScale),
                    (int) Math.round(y * pixelScale), null);
        }
    }

    /**
     * One band per busy link, widths in quarter units. Bands are opaque (a blend per pixel would cost the software
     * renderer several times a copy over hundreds of thousands of pixels every frame), so each leaves the link itself
     * visible: a groove along its middle, a pixel wider than the link's line, is cleared, and the band stops short of
     * the arrowhead.
     */
    private static void bands(Graphics2D g, StateScene s) {
        java.awt.Color band = LiveColours.awt(LiveColours.band(s.dark()));
        double k = s.view().scale();
        double groove = Math.max(1.5, LINK_W * k + 1);
        double head = LinkArrow.HEAD_LENGTH * k + 1;
        BasicStroke grooveStroke = new BasicStroke((float) groove, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        double[] e = s.ends();
        Line2D.Double line = new Line2D.Double();
        int width = -1;
        BasicStroke bandStroke = null;
        for (int i = 0; i < s.links(); i++) {
            if (s.rates()[i] <= 0) {
                continue;
            }
            double ax = e[4 * i];
            double ay = e[4 * i + 1];
            double len = Math.hypot(e[4 * i + 2] - ax, e[4 * i + 3] - ay);
            if (len <= head) {
                continue;
            }
            double f = (len - head) / len;
            line.setLine(ax, ay, ax + (e[4 * i + 2] - ax) * f, ay + (e[4 * i + 3] - ay) * f);
            int q = StateScenes.bandQuarters(s.rates()[i]);
            if (q != width) {
                bandStroke = new BasicStroke(q / 4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
                width = q;
            }
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(band);
            g.setStroke(bandStroke);
            g.draw(line);
            if (q / 4.0 > groove) {
                g.setComposite(AlphaComposite.Clear);
                g.setStroke(grooveStroke);
                g.draw(line);
            }
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static void labels(StateScene s, Stamper stamp) {
        for (int i = 0; i < s.links(); i++) {
            String label = s.labels()[i];
            if (label != null) {
                double w = 2 * s.labelHalfW()[i];
                double[] at = StateScenes.labelAt(s.ends(), i, w);
                stamp.at(label, TextStamps.Style.RATE, w, at[0], at[1]);
            }
        }
    }

    private static void cards(Graphics2D g, StateScene s, Stamper stamp) {
        java.awt.Color track = LiveColours.awt(LiveColours.track(s.dark()));
        java.awt.Color down = LiveColours.awt(LiveColours.DOWN);
        Rectangle2D.Double r = new Rectangle2D.Double();
        double[] c = s.cards();
        for (int j = 0; j < s.parts(); j++) {
            double x = c[4 * j];
            double y = c[4 * j + 1];
            double w = c[4 * j + 2];
            double h = c[4 * j + 3];
            double barH = Math.max(3, h * 0.08);
            double util = Math.max(0, Math.min(1, s.util()[j]));
            g.setColor(track);
            g.fill(rect(r, x, y + h - barH, w, barH));
            g.setColor(LiveColours.awt(LiveColours.bar(util)));
            g.fill(rect(r, x, y + h - barH, w * util, barH));
            String health = s.health()[j];
            if (health != null) {
                g.setColor(down); // a 3-unit frame just outside the card
                g.fill(rect(r, x - 3.5, y - 3.5, w + 7, 3));
                g.fill(rect(r, x - 3.5, y + h + 0.5, w + 7, 3));
                g.fill(rect(r, x - 3.5, y - 0.5, 3, h + 1));
                g.fill(rect(r, x + w + 0.5, y - 0.5, 3, h + 1));
                double[] b = StateScenes.badgeAt(x, y, w, health);
                stamp.at(health, TextStamps.Style.BADGE, b[2] - b[0], b[0], b[1]);
            }
            String line = s.figures()[j];
            if (line != null) {
                stamp.at(line, TextStamps.Style.FIGURES, 0, Math.round(x + 2), Math.round(y + h + 2));
            }
        }
    }

    /** The width of {@code text} in the layer's font, view units. */
    static double textWidth(String text) {
        return TextStamps.FONT.getStringBounds(text, TEXT).getWidth();
    }

    private static Rectangle2D.Double rect(Rectangle2D.Double r, double x, double y, double w, double h) {
        r.setRect(x, y, w, h);
        return r;
    }
}
