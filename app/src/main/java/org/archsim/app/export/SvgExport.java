package org.archsim.app.export;

import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.Java2DSurface;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.model.Design;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * Vector output through JFreeSVG: shapes as SVG paths and rectangles, text as {@code <text>}, each part a
 * {@code <g id="part-<id>" class="part kind-<kind>">} and each link a {@code <g id="link-<from>-<to>" class="link">}.
 * The size is the diagram's, in pixels.
 */
public final class SvgExport {

    private SvgExport() {
    }

    /** The diagram as a standalone SVG document (with XML declaration). */
    public static String svg(Design design, RenderOptions options) {
        DiagramRenderer r = new DiagramRenderer(design, options);
        SVGGraphics2D g = new SVGGraphics2D(r.width(), r.height(), SVGUnits.PX);
        r.draw(new Java2DSurface(g));
        // No DOCTYPE: SVG 1.1 and later need none, and a DTD reference makes strict XML readers fetch or refuse it.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }
}
