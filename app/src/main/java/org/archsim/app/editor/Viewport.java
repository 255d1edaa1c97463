package org.archsim.app.editor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * The canvas camera: screen = world × scale + translation. Zooming keeps the world point under the cursor (or the
 * view's centre) still, so the learner never loses their place.
 */
public final class Viewport {

    /** Smallest and largest zoom factor. */
    public static final double MIN_SCALE = 0.25;
    public static final double MAX_SCALE = 3.0;
    /** Factor of one zoom step (keyboard or one wheel notch). */
    public static final double STEP = 1.2;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper translateX = new ReadOnlyDoubleWrapper(this, "translateX", 0);
    private final ReadOnlyDoubleWrapper translateY = new ReadOnlyDoubleWrapper(this, "translateY", 0);
    private final DoubleProperty viewWidth = new SimpleDoubleProperty(this, "viewWidth", 800);
    private final DoubleProperty viewHeight = new SimpleDoubleProperty(this, "viewHeight", 600);

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateXProperty() {
        return translateX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateYProperty() {
        return translateY.getReadOnlyProperty();
    }

    /** Width of the visible area in screen pixels (bound by the view). */
    public DoubleProperty viewWidthProperty() {
        return viewWidth;
    }

    /** Height of the visible area in screen pixels (bound by the view). */
    public DoubleProperty viewHeightProperty() {
        return viewHeight;
    }

    public double scale() {
        return scale.get();
    }

    /** The world point shown at screen point (sx, sy). */
    public Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - translateX.get()) / scale.get(), (sy - translateY.get()) / scale.get());
    }

    /** The world point at the centre of the view. */
    public Point2D worldCentre() {
        return toWorld(viewWidth.get() / 2, viewHeight.get() / 2);
    }

    /** Shifts the view by (dx, dy) screen pixels. */
    public void panBy(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
    }

    /** Multiplies the zoom by {@code factor}, keeping screen point (sx, sy) over the same world point. */
    public void zoomAt(double factor, double sx, double sy) {
        double next = clamp(scale.get() * factor);
        Point2D w = toWorld(sx, sy);
        scale.set(next);
        translateX.set(sx - w.getX() * next);
        translateY.set(sy - w.getY() * next);
    }

    /** One step closer, about the view's centre. */
    public void zoomIn() {
        zoomAt(STEP, viewWidth.get() / 2, viewHeight.get() / 2);
    }

    /** One step further, about the view's centre. */
    public void zoomOut() {
        zoomAt(1 / STEP, viewWidth.get() / 2, viewHeight.get() / 2);
    }

    /** Back to 100 %, keeping the centre. */
    public void actualSize() {
        zoomAt(1 / scale.get(), viewWidth.get() / 2, viewHeight.get() / 2);
    }

    /** Zooms and pans so {@code world} fills the view with a margin, never zooming in beyond 100 %. */
    public void fit(Bounds world) {
        double margin = 48;
        double w = Math.max(1, viewWidth.get() - 2 * margin);
        double h = Math.max(1, viewHeight.get() - 2 * margin);
        double s = clamp(Math.min(1.0, Math.min(w / world.getWidth(), h / world.getHeight())));
        scale.set(s);
        translateX.set(viewWidth.get() / 2 - (world.getMinX() + world.getWidth() / 2) * s);
        translateY.set(viewHeight.get() / 2 - (world.getMinY() + world.getHeight() / 2) * s);
    }

    /** Sets zoom and translation directly (used when a document is opened). */
    public void reset() {
        scale.set(1);
        translateX.set(0);
        translateY.set(0);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
