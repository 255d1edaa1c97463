package org.archsim.model.edit;

import org.archsim.model.Component;

/**
 * A canvas position, the target of a {@link Move}.
 *
 * @param x horizontal coordinate
 * @param y vertical coordinate
 */
public record Point(double x, double y) {

    /** The current position of a part. */
    public static Point of(Component c) {
        return new Point(c.x(), c.y());
    }

    /** Whether both coordinates are finite numbers. */
    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /** Whether both points are at the same place, comparing coordinates as numbers (so 0.0 equals -0.0). */
    boolean samePlace(Point o) {
        return o.x == x && o.y == y;
    }

    /** Whether this is exactly the position of {@code c}. */
    boolean isAt(Component c) {
        return c.x() == x && c.y() == y;
    }
}
