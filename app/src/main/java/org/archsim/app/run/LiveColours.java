package org.archsim.app.run;

import org.archsim.app.settings.Theme;

/**
 * The live view's colours, as ARGB ints with straight alpha in the top byte, declared once for the marks, the bands,
 * labels and card states. Large areas are opaque: the software renderer copies opaque pixels but blends translucent
 * ones, several times slower. Marks differ by colour and shape: the three mark colours are from a palette told
 * apart with the common colour-vision deficiencies (blue, bluish green, vermilion), and each kind has its own shape.
 */
final class LiveColours {

    /** A request: blue square. */
    static final int REQUEST = 0xFF0072B2;
    /** A response: bluish-green octagon-like cross. */
    static final int RESPONSE = 0xFF009E73;
    /** A failure: thin vermilion cross. */
    static final int FAILURE = 0xFFD55E00;
    /** A part that is down, slowed or refusing calls: its frame, badge and a saturated bar. */
    static final int DOWN = 0xFFD55E00;
    /** A utilisation bar at 70–90 %. */
    static final int WARN = 0xFFE69F00;
    /** A utilisation bar below 70 % (the response colour). */
    static final int OK = RESPONSE;
    /** Badge text. */
    static final int BADGE_TEXT = 0xFFFFFFFF;

    private LiveColours() {
    }

    /** The mark colour of {@code kind}: 0 request, 1 response, anything else a failure. */
    static int mark(int kind) {
        return kind == 0 ? REQUEST : kind == 1 ? RESPONSE : FAILURE;
    }

    /** The utilisation bar's colour at {@code util} (0..1). */
    static int bar(double util) {
        return util >= 0.9 ? DOWN : util >= 0.7 ? WARN : OK;
    }

    /**
     * A rate band: the accent at about a third over the canvas background, worked out once so the band is opaque (it
     * lies under the links and cards, on the bare canvas).
     */
    static int band(boolean dark) {
        return dark ? BAND_DARK : BAND_LIGHT;
    }

    /** A utilisation bar's empty track: a shade of the card's own background (the theme's default background). */
    static int track(boolean dark) {
        return dark ? TRACK_DARK : TRACK_LIGHT;
    }

    private static final int BAND_LIGHT = over(0x470072B2, Theme.LIGHT.canvasBackground());
    private static final int BAND_DARK = over(0x5958A6FF, Theme.DARK.canvasBackground());
    private static final int TRACK_LIGHT = over(0x14000000, javafx.scene.paint.Color.web("#ffffff"));
    private static final int TRACK_DARK = over(0x1FFFFFFF, javafx.scene.paint.Color.web("#0d1117"));

    /** {@code argb} (straight alpha) laid over the opaque {@code under}: the opaque colour that shows. */
    static int over(int argb, javafx.scene.paint.Color under) {
        double a = (argb >>> 24) / 255.0;
        int r = (int) Math.round(a * (argb >> 16 & 0xFF) + (1 - a) * under.getRed() * 255);
        int g = (int) Math.round(a * (argb >> 8 & 0xFF) + (1 - a) * under.getGreen() * 255);
        int b = (int) Math.round(a * (argb & 0xFF) + (1 - a) * under.getBlue() * 255);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    static int figuresText(boolean dark) {
        return dark ? 0xFF8B949E : 0xFF57606A;
    }

    static int rateText(boolean dark) {
        return dark ? 0xFFC9D1D9 : 0xFF1F2328;
    }

    /** A rate label's box: opaque (a blend per pixel costs the software renderer several times a copy). */
    static int rateBox(boolean dark) {
        return dark ? 0xFF0D1117 : 0xFFFFFFFF;
    }

    /** {@code argb} (straight alpha) as a Java2D colour. */
    static java.awt.Color awt(int argb) {
        return new java.awt.Color(argb, true);
    }
}
