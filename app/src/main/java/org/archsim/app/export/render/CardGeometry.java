package org.archsim.app.export.render;

/**
 * The size of a part's card. A part's {@code x}/{@code y} in the design file is the top-left corner of its card, in
 * diagram units (1 unit = 1 pixel at 100 %), so every export puts a part where the editor shows it.
 */
public final class CardGeometry {

    /** Card width. */
    public static final double WIDTH = 168;
    /** Card height. */
    public static final double HEIGHT = 60;
    /** Corner arc diameter. */
    public static final double ARC = 12;
    /** Room below a card for its metrics line when a report is overlaid. */
    public static final double METRICS_HEIGHT = 18;
    /** Empty border around the diagram. */
    public static final double MARGIN = 24;

    private CardGeometry() {
    }
}
