package org.archsim.app.run;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints one frame of a live run in screen coordinates: per-link rates, moving marks, and each part's live state.
 * Marks differ by colour and shape (colour-blind safe palette): requests are blue squares, responses green circles,
 * failures vermilion crosses. Everything is plain fills — no clips or effects per mark — so thousands stay cheap.
 */
public final class LivePainter {

    /** Request, response, failure colours (a palette distinguishable with the common colour-vision deficiencies). */
    public static final Color REQUEST = Color.web("#0072B2");
    public static final Color RESPONSE = Color.web("#009E73");
    public static final Color FAILURE = Color.web("#D55E00");
    private static final Color DOWN = Color.web("#D55E00");
    private static final Color WARN = Color.web("#E69F00");
    private static final Font SMALL = Font.font("System", 10.5);

    private final GraphicsContext g;
    private final boolean dark;

    public LivePainter(GraphicsContext g, boolean dark) {
        this.g = g;
        this.dark = dark;
    }

    /** One mark of {@code kind} (0 request, 1 response, 2 failure) centred at (x, y), size {@code s}. */
    public void mark(double x, double y, byte kind, double s) {
        switch (kind) {
            case 0 -> {
                g.setFill(REQUEST);
                g.fillRect(x - s / 2, y - s / 2, s, s);
            }
            case 1 -> {
                g.setFill(RESPONSE);
                g.fillOval(x - s / 2, y - s / 2, s, s);
            }
            default -> {
                g.setFill(FAILURE);
                double w = s * 0.4;
                g.fillRect(x - s * 0.7, y - w / 2, s * 1.4, w);
                g.fillRect(x - w / 2, y - s * 0.7, w, s * 1.4);
            }
        }
    }

    /** A link carrying {@code ratePerS}: a band whose width grows with the log of the rate, and a label. */
    public void linkRate(double ax, double ay, double bx, double by, double ratePerS, boolean label) {
        if (ratePerS <= 0) {
            return;
        }
        double w = Math.min(9, 1 + Math.log10(1 + ratePerS) * 1.6);
        g.setStroke(dark ? Color.rgb(88, 166, 255, 0.35) : Color.rgb(0, 114, 178, 0.28));
        g.setLineWidth(w);
        g.strokeLine(ax, ay, bx, by);
        if (label) {
            rateLabel(ax, ay, bx, by, ratePerS);
        }
    }

    /** The rate of a link as a label at its middle. */
    public void rateLabel(double ax, double ay, double bx, double by, double ratePerS) {
        if (ratePerS <= 0) {
            return;
        }
        {
            String text = rateText(ratePerS);
            double mx = (ax + bx) / 2;
            double my = (ay + by) / 2;
            g.setFont(SMALL);
            g.setFill(dark ? Color.rgb(13, 17, 23, 0.85) : Color.rgb(255, 255, 255, 0.85));
            g.fillRect(mx - text.length() * 3.2 - 3, my - 8, text.length() * 6.4 + 6, 15);
            g.setFill(dark ? Color.web("#c9d1d9") : Color.web("#1f2328"));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, mx, my);
        }
    }

    /** "850/s", "12.4k/s". */
    public static String rateText(double r) {
        return r >= 1000 ? String.format(java.util.Locale.ROOT, "%.1fk/s", r / 1000) : Math.round(r) + "/s";
    }

    /**
     * A part's live state over its card at (x, y, w, h) on screen: a utilisation bar along the bottom edge, a health
     * badge (DOWN, SLOW, CIRCUIT OPEN) at the top and one line of figures below the card.
     */
    public void part(double x, double y, double w, double h, double util, String health, String figures) {
        double barH = Math.max(3, h * 0.08);
        g.setFill(dark ? Color.rgb(255, 255, 255, 0.12) : Color.rgb(0, 0, 0, 0.08));
        g.fillRect(x, y + h - barH, w, barH);
        g.setFill(util >= 0.9 ? DOWN : util >= 0.7 ? WARN : RESPONSE);
        g.fillRect(x, y + h - barH, w * Math.max(0, Math.min(1, util)), barH);
        g.setFont(SMALL);
        g.setTextBaseline(VPos.TOP);
        if (health != null) {
            g.setStroke(DOWN);
            g.setLineWidth(3);
            g.strokeRect(x - 2, y - 2, w + 4, h + 4);
            g.setFill(DOWN);
            double tw = health.length() * 6.6 + 10;
            g.fillRect(x + w - tw, y - 16, tw, 15);
            g.setFill(Color.WHITE);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(health, x + w - tw / 2, y - 15);
        }
        if (figures != null && !figures.isEmpty()) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(dark ? Color.web("#8b949e") : Color.web("#57606a"));
            g.fillText(figures, x + 2, y + h + 3);
        }
    }
}
