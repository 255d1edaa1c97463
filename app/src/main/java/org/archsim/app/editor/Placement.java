package org.archsim.app.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.archsim.model.Design;

/**
 * Where new parts go and what an area selects: geometry questions about the design that the editor asks, kept apart
 * from its state so they are easy to read and test.
 */
final class Placement {

    private Placement() {
    }

    /**
     * The top-left corner for a new card centred near world point (cx, cy): snapped to the grid and moved one grid step
     * down and right until no part already sits exactly there (so repeated adds stay visible).
     */
    static Point2D freeSpot(Design design, double cx, double cy) {
        double x = CardGeometry.snap(cx - CardGeometry.WIDTH / 2);
        double y = CardGeometry.snap(cy - CardGeometry.HEIGHT / 2);
        while (occupied(design, x, y)) {
            x += CardGeometry.GRID;
            y += CardGeometry.GRID;
        }
        return new Point2D(x, y);
    }

    private static boolean occupied(Design design, double x, double y) {
        return design.components().stream().anyMatch(c -> c.x() == x && c.y() == y);
    }

    /** A rubber band over {@code world}: the parts it touches and the links among them, added to {@code base}. */
    static Selection area(Design design, Bounds world, Selection base) {
        List<String> parts = new ArrayList<>(CardGeometry.partsIn(design, world));
        List<String> all = new ArrayList<>(base.plusParts(parts).parts());
        List<String> links = new ArrayList<>(base.links());
        links.addAll(CardGeometry.linksAmong(design, all));
        return new Selection(all, links);
    }
}
