package org.archsim.app.editor;

import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * The arithmetic of the minimap, without nodes: the world area it shows (the design and the visible part of the
 * canvas together, so the view rectangle is always on the map), the scale that fits that area into the map, where
 * the view rectangle sits on the map, and the pan that centres the view on a point clicked on the map.
 */
final class MinimapModel {

    /** World units kept around the design on the map. */
    static final double MARGIN = 40;

    private final Viewport viewport;
    private final double maxWidth;
    private final double maxHeight;

    MinimapModel(Viewport viewport, double maxWidth, double maxHeight) {
        this.viewport = viewport;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
    }

    /** The world rectangle the canvas shows now. */
    Bounds visibleWorld() {
        Point2D a = viewport.toWorld(0, 0);
        Point2D b = viewport.toWorld(viewport.viewWidthProperty().get(), viewport.viewHeightProperty().get());
        return new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    /** Whether the map is worth showing: there is a design and part of it is outside the view. */
    boolean needed(Optional<Bounds> design) {
        return design.isPresent() && !visibleWorld().contains(design.get());
    }

    /** The world area the map covers: the design plus margin, and the visible rectangle. */
    Bounds area(Bounds design) {
        Bounds v = visibleWorld();
        double minX = Math.min(design.getMinX() - MARGIN, v.getMinX());
        double minY = Math.min(design.getMinY() - MARGIN, v.getMinY());
        double maxX = Math.max(design.getMaxX() + MARGIN, v.getMaxX());
        double maxY = Math.max(design.getMaxY() + MARGIN, v.getMaxY());
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** Map pixels per world unit for {@code area}: the whole area fits in the map's maximum size. */
    double scale(Bounds area) {
        return Math.min(maxWidth / area.getWidth(), maxHeight / area.getHeight());
    }

    /** The map's size in pixels for {@code area} (keeps the area's proportions). */
    Point2D size(Bounds area) {
        double s = scale(area);
        return new Point2D(Math.ceil(area.getWidth() * s), Math.ceil(area.getHeight() * s));
    }

    /** Map point (mx, my) as a world point. */
    Point2D toWorld(Bounds area, double mx, double my) {
        double s = scale(area);
        return new Point2D(area.getMinX() + mx / s, area.getMinY() + my / s);
    }

    /** A world rectangle in map pixels. */
    Bounds toMap(Bounds area, Bounds world) {
        double s = scale(area);
        return new BoundingBox((world.getMinX() - area.getMinX()) * s, (world.getMinY() - area.getMinY()) * s,
                world.getWidth() * s, world.getHeight() * s);
    }

    /** Pans the canvas so the world point under map point (mx, my) is at the centre of the view. */
    void centreOn(Bounds area, double mx, double my) {
        Point2D w = toWorld(area, mx, my);
        double s = viewport.scale();
        double sx = w.getX() * s + viewport.translateXProperty().get();
        double sy = w.getY() * s + viewport.translateYProperty().get();
        viewport.panBy(viewport.viewWidthProperty().get() / 2 - sx, viewport.viewHeightProperty().get() / 2 - sy);
    }
}
