package org.archsim.app.run;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints one frame of a live run in screen coordinates: per-link rates, moving marks, and each part's live state.
 * Marks differ by colour and shape (colour-blind safe palette): requests are blue squares, responses green diamonds
 * (two crossed rectangles), failures vermilion crosses. Cost is what matters here (thousands of marks, hundreds of
 * cards, every frame on the software pipeline), so marks are axis-aligned {@code fillRect}s drawn one colour at a
 * time. Bands, labels and cards change only when a run publishes (about ten times a second), so {@link LiveLayer}
 * paints them on a layer of their own that is not redrawn every frame. Text is blitted from sprites rasterised with
 * Java2D ({@link TextSprites}); nothing here renders off screen with JavaFX and waits for the result (a snapshot
 * stalls the FX thread until the renderer is free). FX thread only.
 */
public final class LivePainter {

    /** Request, response, failure colours (a palette distinguishable with the common colour-vision deficiencies). */
    public static final Color REQUEST = Color.web("#0072B2");
    public static final Color RESPONSE = Color.web("#009E73");
    public static final Color FAILURE = Color.web("#D55E00");
    private static final Color DOWN = Color.web("#D55E00");
    private static final Color WARN = Color.web("#E69F00");
    private static final double FONT_PX = 10.5;
    private static final Color BAND_DARK = Color.rgb(88, 166, 255, 0.35);
    private static final Color BAND_LIGHT = Color.rgb(0, 114, 178, 0.28);
    private static final Color TRACK_DARK = Color.rgb(255, 255, 255, 0.12);
    private static final Color TRACK_LIGHT = Color.rgb(0, 0, 0, 0.08);

    /** Cards narrower than this on screen show no figures line (it would run over their neighbours). */
    static final double MIN_FIGURES_WIDTH = 100;
    /** A rate label is left out when its link shows less than this share of the label's width (zoomed far out). */
    static final double MIN_LINK_PER_LABEL = 0.5;
    /** Height of a rate label. */
    public static final double LABEL_H = 15;

    private final GraphicsContext g;
    private final boolean dark;
    /** Sprites are kept per text; a few hundred distinct figures lines cover a large design. */
    private static final int SPRITES = 1024;
    private final TextSprites badges;
    private final TextSprites figures;
    private final TextSprites rates;

    public LivePainter(GraphicsContext g, boolean dark) {
        this.g = g;
        this.dark = dark;
        badges = new TextSprites(FONT_PX, Color.WHITE, DOWN, true, (int) LABEL_H, 16);
        figures = new TextSprites(FONT_PX, dark ? Color.web("#8b949e") : Color.web("#57606a"), null, false,
                (int) LABEL_H, SPRITES);
        rates = new TextSprites(FONT_PX, dark ? Color.web("#c9d1d9") : Color.web("#1f2328"),
                dark ? Color.rgb(13, 17, 23, 0.85) : Color.rgb(255, 255, 255, 0.85), true, (int) LABEL_H, SPRITES);
    }

    public boolean dark() {
        return dark;
    }

    /** One mark of {@code kind} (0 request, 1 response, 2 failure) centred at (x, y), size {@code s}. */
    public void mark(double x, double y, byte kind, double s) {
        g.setFill(kind == 0 ? REQUEST : kind == 1 ? RESPONSE : FAILURE);
        shape(x, y, kind, s);
    }

    /** All marks of {@code m}, size {@code s}: one pass per kind, so the fill changes three times a frame. */
    public void marks(MarkBatch m, double s) {
        double[] xs = m.xs();
        double[] ys = m.ys();
        byte[] ks = m.kinds();
        int n = m.size();
        for (byte kind = 0; kind < 3; kind++) {
            g.setFill(kind == 0 ? REQUEST : kind == 1 ? RESPONSE : FAILURE);
            for (int i = 0; i < n; i++) {
                if (ks[i] == kind || (kind == 2 && ks[i] > 2)) {
                    shape(xs[i], ys[i], kind, s);
                }
            }
        }
    }

    private void shape(double x, double y, byte kind, double s) {
        switch (kind) {
            case 0 -> g.fillRect(x - s / 2, y - s / 2, s, s);
            case 1 -> { // two crossed rectangles, 3/5 as thick as long: an octagon at mark size
                double d = s * 1.2;
                double t = d * 0.6;
                g.fillRect(x - d / 2, y - t / 2, d, t);
                g.fillRect(x - t / 2, y - d / 2, t, d);
            }
            default -> { // a thin cross: much narrower arms than the response's, so the two never look alike
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
        g.setStroke(dark ? BAND_DARK : BAND_LIGHT);
        g.setLineWidth(w);
        g.strokeLine(ax, ay, bx, by);
        if (label) {
            rateLabel(ax, ay, bx, by, ratePerS);
        }
    }

    /**
     * The rate bands of {@code n} links at once: link {@code i} runs from ({@code ends[4i]}, {@code ends[4i+1]}) to
     * ({@code ends[4i+2]}, {@code ends[4i+3]}) and carries {@code rates[i]} per second.
     */
    public void bands(double[] ends, double[] rates, int n) {
        strokeBands(g, dark, ends, rates, n);
    }

    /**
     * Strokes the bands, widths rounded to quarter pixels, one line per link: on the software pipeline a stroke costs
     * about the area of its bounding box, so one short line each is cheaper than a path per width spanning the view
     * (200 parts, 400 links: the state frame of {@code bench render} fell from ≈ 62 to ≈ 47 ms p99).
     */
    static void strokeBands(GraphicsContext g, boolean dark, double[] ends, double[] rates, int n) {
        g.setStroke(dark ? BAND_DARK : BAND_LIGHT);
        int width = -1;
        for (int i = 0; i < n; i++) {
            if (rates[i] > 0) {
                int q = bandQuarters(rates[i]);
                if (q != width) {
                    g.setLineWidth(q / 4.0);
                    width = q;
                }
                g.strokeLine(ends[4 * i], ends[4 * i + 1], ends[4 * i + 2], ends[4 * i + 3]);
            }
        }
    }

    static int bandQuarters(double ratePerS) {
        return (int) Math.round(Math.min(9, 1 + Math.log10(1 + ratePerS) * 1.6) * 4);
    }

    /** The rate of a link as a label at its middle. */
    public void rateLabel(double ax, double ay, double bx, double by, double ratePerS) {
        if (ratePerS > 0) {
            rateLabel(ax, ay, bx, by, rateText(ratePerS));
        }
    }

    /** Width on screen of the rate label showing {@code text}; its height is {@link #LABEL_H}. */
    public static double labelWidth(String text) {
        return Math.ceil(text.length() * 6.4 + 6);
    }

    /** Whether a link from (ax, ay) to (bx, by) is long enough on screen to show a label {@code w} wide. */
    public static boolean labelFits(double ax, double ay, double bx, double by, double w) {
        return Math.hypot(bx - ax, by - ay) >= w * MIN_LINK_PER_LABEL;
    }

    /**
     * A rate label already formatted with {@link #rateText} (callers keep it while the rate is unchanged), centred on
     * the link; left out when the link is too short for it ({@link #labelFits}): the band alone shows the rate.
     */
    public void rateLabel(double ax, double ay, double bx, double by, String text) {
        double w = labelWidth(text);
        if (!labelFits(ax, ay, bx, by, w)) {
            return;
        }
        double x = Math.round((ax + bx) / 2 - w / 2);
        double y = Math.round((ay + by) / 2 - 8);
        g.drawImage(rates.get(text, w), x, y);
    }

    /** "850/s", "12.4k/s". */
    public static String rateText(double r) {
        return r >= 1000 ? String.format(java.util.Locale.ROOT, "%.1fk/s", r / 1000) : Math.round(r) + "/s";
    }

    /**
     * A part's live state over its card at (x, y, w, h) on screen: a utilisation bar along the bottom edge, a health
     * badge (DOWN, SLOW, CIRCUIT OPEN) at the top and one line of figures below the card (left out when the card is
     * narrower than {@link #MIN_FIGURES_WIDTH} on screen). Text is blitted from {@link TextSprites}.
     */
    public void part(double x, double y, double w, double h, double util, String health, String figures) {
        double barH = Math.max(3, h * 0.08);
        g.setFill(dark ? TRACK_DARK : TRACK_LIGHT);
        g.fillRect(x, y + h - barH, w, barH);
        g.setFill(util >= 0.9 ? DOWN : util >= 0.7 ? WARN : RESPONSE);
        g.fillRect(x, y + h - barH, w * Math.max(0, Math.min(1, util)), barH);
        if (health != null) {
            g.setFill(DOWN); // a 3 px frame as four rectangles: cheaper than a stroked path
            g.fillRect(x - 3.5, y - 3.5, w + 7, 3);
            g.fillRect(x - 3.5, y + h + 0.5, w + 7, 3);
            g.fillRect(x - 3.5, y + 0.5 - 1, 3, h + 1);
            g.fillRect(x + w + 0.5, y + 0.5 - 1, 3, h + 1);
            double tw = Math.ceil(health.length() * 6.6 + 10);
            g.drawImage(badges.get(health, tw), Math.round(x + w - tw), Math.round(y - 16));
        }
        if (figures != null && !figures.isEmpty() && w >= MIN_FIGURES_WIDTH) {
            g.drawImage(this.figures.get(figures, 0), Math.round(x + 2), Math.round(y + h + 2));
        }
    }

    /** Text sprites rendered so far (tests). */
    int spritesRendered() {
        return badges.rendered() + figures.rendered() + rates.rendered();
    }
}
