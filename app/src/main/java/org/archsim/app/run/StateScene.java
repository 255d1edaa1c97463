package org.archsim.app.run;

/**
 * What the state layer shows at one moment, frozen so another thread can draw it: every link's ends on screen, rate
 * and label, and every part's card with its utilisation, health and figures line. Built on the FX thread by
 * {@link StateScenes}, drawn by {@link StatePainter} on the state thread; the arrays are never written after the
 * scene is built.
 *
 * @param view       the viewport the scene was laid out in
 * @param box        the device pixels the scene covers (cards with badges and figures, links with labels)
 * @param dark       dark theme colours
 * @param links      number of links
 * @param ends       link {@code i} runs from ({@code ends[4i]}, {@code ends[4i+1]}) to ({@code ends[4i+2]},
 *                   {@code ends[4i+3]}), view coordinates
 * @param rates      messages per second on each link (0: no band)
 * @param labels     each link's rate label, or null when none is shown (no traffic, or the link is too short)
 * @param labelHalfW half the width of each shown label (0: none): marks under a label are not drawn
 * @param parts      number of parts with a live state
 * @param cards      part {@code j}'s card at ({@code cards[4j]}, {@code cards[4j+1]}), {@code cards[4j+2]} ×
 *                   {@code cards[4j+3]}, view coordinates
 * @param util       each part's utilisation, 0..1
 * @param health     each part's badge ("DOWN", "PARTITIONED", "CIRCUIT OPEN", "SLOW") or null
 * @param figures    each part's figures line, or null when the card is too narrow for it
 */
record StateScene(ViewKey view, PixelRect box, boolean dark, int links, double[] ends, double[] rates,
                  String[] labels, double[] labelHalfW, int parts, double[] cards, double[] util, String[] health,
                  String[] figures) {

    /**
     * A viewport: scale, translation, view size (view units) and device pixels per view unit. Two scenes laid out in
     * equal keys line up pixel for pixel.
     */
    record ViewKey(double scale, double tx, double ty, double width, double height, double pixelScale) {

        /** Device pixels of the whole view. */
        int pixelWidth() {
            return (int) Math.ceil(width * pixelScale);
        }

        int pixelHeight() {
            return (int) Math.ceil(height * pixelScale);
        }
    }
}
