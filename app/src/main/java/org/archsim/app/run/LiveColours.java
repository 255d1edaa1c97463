package org.archsim.app.run;

/**
 * The live view's colours, as premultiplied-free ARGB ints (alpha in the top byte), declared once for the marks, the
 * bands, labels and card states. Marks differ by colour and shape: the three mark colours are from a palette told
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

    static int band(boolean dark) {
        return dark ? 0x5958A6FF : 0x470072B2;
    }

    static int track(boolean dark) {
        return dark ? 0x1FFFFFFF : 0x14000000;
    }

    static int figuresText(boolean dark) {
        return dark ? 0xFF8B949E : 0xFF57606A;
    }

    static int rateText(boolean dark) {
        return dark ? 0xFFC9D1D9 : 0xFF1F2328;
    }

    static int rateBox(boolean dark) {
        return dark ? 0xD90D1117 : 0xD9FFFFFF;
    }

    /** {@code argb} (straight alpha) as a Java2D colour. */
    static java.awt.Color awt(int argb) {
        return new java.awt.Color(argb, true);
    }

    /** {@code argb} (straight alpha) as a JavaFX colour. */
    static javafx.scene.paint.Color fx(int argb) {
        return javafx.scene.paint.Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }
}
