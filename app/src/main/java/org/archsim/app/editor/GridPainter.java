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
        g.setLineWidth(1);
        if (step >= 8) {
            g.setStroke(theme.gridMinor());
            lines(g, w, h, step, ox, oy);
        }
        g.setStroke(theme.gridMajor());
        lines(g, w, h, step * 5, ox, oy);
    }

    private static void lines(GraphicsContext g, double w, double h, double step, double ox, double oy) {
        double x0 = ((ox % step) + step) % step;
        for (double x = x0; x < w; x += step) {
            double px = Math.floor(x) + 0.5;
            g.strokeLine(px, 0, px, h);
        }
        double y0 = ((oy % step) + step) % step;
        for (double y = y0; y < h; y += step) {
            double py = Math.floor(y) + 0.5;
            g.strokeLine(0, py, w, py);
        }
    }
}
