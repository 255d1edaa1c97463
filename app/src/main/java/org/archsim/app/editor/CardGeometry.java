package org.archsim.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Where things are on the canvas, in world coordinates (the design's own units): a part's card is a
 * {@link #WIDTH}×{@link #HEIGHT} box whose top-left corner is the part's (x, y); its connect handle sits on the middle
 * of its right edge; a link runs between the edges of its two cards. Hit testing lives here, not in the nodes, so
 * the editor's logic can be tested without a scene.
 */
public final class CardGeometry {

    /** Card width and height in world units. */
    public static final double WIDTH = 180;
    public static final double HEIGHT = 56;
    /** Grid cell size in world units; parts snap to it. */
    public static final double GRID = 20;
    /** Radius of the connect handle. */
    public static final double HANDLE_RADIUS = 7;
    /** Sideways offset of the two links of a pair that call each other, so both stay visible. */
    static final double PAIR_OFFSET = 7;

    private CardGeometry() {
    }

    /** The card's box. */
    public static Bounds bounds(Component c) {
        return new BoundingBox(c.x(), c.y(), WIDTH, HEIGHT);
    }

    /** Centre of the connect handle. */
    public static Point2D handle(Component c) {
        return new Point2D(c.x() + WIDTH, c.y() + HEIGHT / 2);
    }

    /** {@code v} rounded to the nearest grid line. */
    public static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }

    /** The topmost part whose card contains (x, y): later parts are drawn over earlier ones. */
    public static Optional<Component> partAt(Design d, double x, double y) {
        List<Component> parts = d.components();
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (bounds(parts.get(i)).contains(x, y)) {
                return Optional.of(parts.get(i));
            }
        }
        return Optional.empty();
    }

    /** The part whose connect handle is within {@code tolerance} of (x, y). */
    public static Optional<Component> handleAt(Design d, double x, double y, double tolerance) {
        List<Component> parts = d.components();
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (handle(parts.get(i)).distance(x, y) <= HANDLE_RADIUS + tolerance) {
                return Optional.of(parts.get(i));
            }
        }
        return Optional.empty();
    }

    /** The link passing within {@code tolerance} of (x, y), preferring the nearest. */
    public static Optional<Link> linkAt(Design d, double x, double y, double tolerance) {
        Link best = null;
        double bestDistance = tolerance;
        for (Link l : d.links()) {
            Point2D[] ends = ends(d, l);
            double dist = distanceToSegment(new Point2D(x, y), ends[0], ends[1]);
            if (dist <= bestDistance) {
                best = l;
                bestDistance = dist;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Ids of the parts whose cards intersect {@code area}. */
    public static List<String> partsIn(Design d, Bounds area) {
        List<String> out = new ArrayList<>();
        for (Component c : d.components()) {
            if (area.intersects(bounds(c))) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** Ids of the links whose both ends lie in {@code partIds}. */
    public static List<String> linksAmong(Design d, List<String> partIds) {
        return d.links().stream().filter(l -> partIds.contains(l.from()) && partIds.contains(l.to()))
                .map(Link::id).toList();
    }

    /** The union of all cards, or empty for an empty design. */
    public static Optional<Bounds> extent(Design d) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Component c : d.components()) {
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
            maxX = Math.max(maxX, c.x() + WIDTH);
            maxY = Math.max(maxY, c.y() + HEIGHT);
        }
        return d.components().isEmpty() ? Optional.empty()
                : Optional.of(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
    }

    /**
     * Start and end of the drawn link: the centre-to-centre line clipped to both cards, shifted sideways when the two
     * parts link both ways.
     */
    public static Point2D[] ends(Design d, Link l) {
        Component from = d.requireComponent(l.from());
        Component to = d.requireComponent(l.to());
        Point2D a = new Point2D(from.x() + WIDTH / 2, from.y() + HEIGHT / 2);
        Point2D b = new Point2D(to.x() + WIDTH / 2, to.y() + HEIGHT / 2);
        if (d.link(Link.idOf(l.to(), l.from())).isPresent() && !a.equals(b)) {
            Point2D dir = b.subtract(a).normalize();
            Point2D side = new Point2D(-dir.getY(), dir.getX()).multiply(PAIR_OFFSET);
            a = a.add(side);
            b = b.add(side);
        }
        return new Point2D[] {clip(b, a, bounds(from)), clip(a, b, bounds(to))};
    }

    /** The point where the segment from {@code outside} to {@code inside} (the box's centre area) enters {@code box}. */
    static Point2D clip(Point2D outside, Point2D inside, Bounds box) {
        double dx = outside.getX() - inside.getX();
        double dy = outside.getY() - inside.getY();
        double t = 1;
        if (dx != 0) {
            double edge = dx > 0 ? box.getMaxX() : box.getMinX();
            t = Math.min(t, (edge - inside.getX()) / dx);
        }
        if (dy != 0) {
            double edge = dy > 0 ? box.getMaxY() : box.getMinY();
            t = Math.min(t, (edge - inside.getY()) / dy);
        }
        t = Math.max(0, t);
        return new Point2D(inside.getX() + dx * t, inside.getY() + dy * t);
    }

    static double distanceToSegment(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double len2 = ab.dotProduct(ab);
        if (len2 == 0) {
            return p.distance(a);
        }
        double t = Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / len2));
        return p.distance(a.add(ab.multiply(t)));
    }
}
