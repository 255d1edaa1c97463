package org.archsim.app.editor;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.archsim.app.settings.Theme;

/**
 * Paints the canvas background and the snapping grid for the current camera. The grid is one {@link Canvas} redrawn
 * in full (a full opaque clear lets JavaFX drop the old commands); minor lines fade out when zoomed far out so the
 * grid never turns into a grey wash.
 */
final class GridPainter {

    private GridPainter() {
    }

    static void paint(Canvas canvas, Viewport vp, Theme theme) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(theme.canvasBackground());
        g.fillRect(0, 0, w, h);
        double step = CardGeometry.GRID * vp.scale();
        double ox = vp.translateXProperty().get();
        double oy = vp.translateYProperty().get();
        if (step >= 8) {
            g.setFill(theme.gridMinor());
            lines(g, w, h, step, ox, oy);
        }
        g.setFill(theme.gridMajor());
        lines(g, w, h, step * 5, ox, oy);
    }

    /**
     * One-unit lines as pixel-aligned rectangles: the same pixels as a 1-wide stroke through the pixel centre, but
     * filled by the renderer's rectangle path instead of rasterised as anti-aliased paths (several times faster in
     * the software pipeline, which draws the whole grid at the first frame and on every pan or zoom).
     */
    private static void lines(GraphicsContext g, double w, double h, double step, double ox, double oy) {
        double x0 = ((ox % step) + step) % step;
        for (double x = x0; x < w; x += step) {
            g.fillRect(Math.floor(x), 0, 1, h);
        }
        double y0 = ((oy % step) + step) % step;
        for (double y = y0; y < h; y += step) {
            g.fillRect(0, Math.floor(y), w, 1);
        }
    }
}
