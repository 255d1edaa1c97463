package org.archsim.app.export.render;

import java.util.List;

/**
 * A part kind's icon: outlines in a square view box, each filled or stroked in the kind's accent colour.
 *
 * @param viewBox the side of the square the outlines are drawn in (24 for the built-in glyphs)
 * @param shapes  the outlines in drawing order
 * @param builtIn whether this is the fallback glyph rather than {@code assets/icons/<kind>.svg}
 */
public record IconGlyph(double viewBox, List<Shape> shapes, boolean builtIn) {

    public IconGlyph {
        shapes = List.copyOf(shapes);
    }

    /**
     * One outline.
     *
     * @param path        the outline in view-box units
     * @param filled      filled (else stroked)
     * @param strokeWidth stroke width in view-box units
     */
    public record Shape(PathData path, boolean filled, double strokeWidth) {
    }
}
