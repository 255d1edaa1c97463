package org.archsim.app.run;

import javafx.scene.canvas.Canvas;
import org.archsim.app.editor.Viewport;

/**
 * The box on screen a live canvas has to cover, grown point by point, then used to place and size that canvas within
 * the view. On the software pipeline redrawing a canvas costs about its whole area, so each live layer is kept no
 * larger than what it shows.
 */
final class ScreenBox {

    private double x0 = Double.MAX_VALUE;
    private double y0 = Double.MAX_VALUE;
    private double x1 = -Double.MAX_VALUE;
    private double y1 = -Double.MAX_VALUE;

    /** Grows the box to hold the rectangle from ({@code xa}, {@code ya}) to ({@code xb}, {@code yb}). */
    void add(double xa, double ya, double xb, double yb) {
        x0 = Math.min(x0, xa);
        y0 = Math.min(y0, ya);
        x1 = Math.max(x1, xb);
        y1 = Math.max(y1, yb);
    }

    /**
     * Places {@code canvas} over the box rounded out to whole pixels and clipped to the view; an empty box (nothing
     * added, or nothing in view) leaves the canvas at the origin with no size.
     */
    void place(Canvas canvas, Viewport view) {
        double left = Math.max(0, Math.floor(x0));
        double top = Math.max(0, Math.floor(y0));
        double right = Math.min(view.viewWidthProperty().get(), Math.ceil(x1));
        double bottom = Math.min(view.viewHeightProperty().get(), Math.ceil(y1));
        boolean none = right <= left || bottom <= top;
        canvas.setLayoutX(none ? 0 : left);
        canvas.setLayoutY(none ? 0 : top);
        canvas.setWidth(none ? 0 : right - left);
        canvas.setHeight(none ? 0 : bottom - top);
    }
}
