package org.archsim.app.export.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Chooses a path for each link that stays out of every card's interior when it can: it tries the straight line
 * between the cards' borders, then elbow and three-segment orthogonal paths through channels beside the cards in the
 * way, and keeps the cheapest (length, plus a cost per bend, plus a large cost per card crossed).
 */
final class LinkRouter {

    private static final double GAP = 14;
    private static final double BEND_COST = 40;
    private static final double CROSS_COST = 100_000;

    private LinkRouter() {
    }

    /**
     * The route from card {@code s} to card {@code t}; {@code offset} shifts a straight line sideways (for a pair of
     * opposite links); {@code others} are all the cards, these two included.
     */
    static Route route(String from, String to, Box s, Box t, double offset, Collection<Box> others) {
        List<Box> interiors = new ArrayList<>();
        for (Box b : others) {
            interiors.add(b.inflate(-1));
        }
        List<Route> candidates = new ArrayList<>();
        candidates.add(straight(from, to, s, t, offset));
        List<Double> xs = new ArrayList<>(List.of((s.right() + t.x()) / 2, (t.right() + s.x()) / 2,
                Math.max(s.right(), t.right()) + GAP, Math.min(s.x(), t.x()) - GAP));
        List<Double> ys = new ArrayList<>(List.of((s.bottom() + t.y()) / 2, (t.bottom() + s.y()) / 2,
                Math.max(s.bottom(), t.bottom()) + GAP, Math.min(s.y(), t.y()) - GAP));
        for (Box b : others) {
            if (b != s && b != t) {
                xs.add(b.x() - GAP);
                xs.add(b.right() + GAP);
                ys.add(b.y() - GAP);
                ys.add(b.bottom() + GAP);
            }
        }
        candidates.add(elbowHv(from, to, s, t));
        candidates.add(elbowVh(from, to, s, t));
        for (double mx : xs) {
            candidates.add(hvh(from, to, s, t, mx));
        }
        for (double my : ys) {
            candidates.add(vhv(from, to, s, t, my));
        }
        Route best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Route r : candidates) {
            if (r == null) {
                continue;
            }
            double cost = r.length() + BEND_COST * (r.size() - 2);
            for (Box b : interiors) {
                if (r.crosses(b)) {
                    cost += CROSS_COST;
                }
            }
            if (cost < bestCost - 1e-9) {
                best = r;
                bestCost = cost;
            }
        }
        return best;
    }

    /** The centre line clipped to both borders, moved sideways by {@code offset}. */
    static Route straight(String from, String to, Box s, Box t, double offset) {
        double dx = t.cx() - s.cx();
        double dy = t.cy() - s.cy();
        double len = Math.hypot(dx, dy);
        double nx = len == 0 ? 0 : -dy / len * offset;
        double ny = len == 0 ? 0 : dx / len * offset;
        double ax = s.cx() + nx;
        double ay = s.cy() + ny;
        double bx = t.cx() + nx;
        double by = t.cy() + ny;
        double ta = exit(s, ax, ay, bx - ax, by - ay);
        double tb = exit(t, bx, by, ax - bx, ay - by);
        return new Route(from, to, new double[] {ax + (bx - ax) * ta, bx + (ax - bx) * tb},
                new double[] {ay + (by - ay) * ta, by + (ay - by) * tb});
    }

    /** The parameter at which the ray from (px, py) inside {@code b} along (dx, dy) leaves it. */
    private static double exit(Box b, double px, double py, double dx, double dy) {
        double t = Double.POSITIVE_INFINITY;
        if (dx > 0) {
            t = Math.min(t, (b.right() - px) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (b.x() - px) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (b.bottom() - py) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (b.y() - py) / dy);
        }
        return Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
    }

    /** Leaves {@code s} sideways, turns once, enters {@code t} from above or below. */
    private static Route elbowHv(String from, String to, Box s, Box t) {
        if (t.cx() > s.x() && t.cx() < s.right() || s.cy() > t.y() && s.cy() < t.bottom()) {
            return null;
        }
        double sx = t.cx() > s.cx() ? s.right() : s.x();
        double ty = s.cy() < t.cy() ? t.y() : t.bottom();
        return new Route(from, to, new double[] {sx, t.cx(), t.cx()}, new double[] {s.cy(), s.cy(), ty});
    }

    /** Leaves {@code s} from its top or bottom, turns once, enters {@code t} sideways. */
    private static Route elbowVh(String from, String to, Box s, Box t) {
        if (s.cx() > t.x() && s.cx() < t.right() || t.cy() > s.y() && t.cy() < s.bottom()) {
            return null;
        }
        double sy = t.cy() > s.cy() ? s.bottom() : s.y();
        double tx = s.cx() < t.cx() ? t.x() : t.right();
        return new Route(from, to, new double[] {s.cx(), s.cx(), tx}, new double[] {sy, t.cy(), t.cy()});
    }

    /** Sideways out of {@code s}, along the vertical channel at {@code mx}, sideways into {@code t}. */
    private static Route hvh(String from, String to, Box s, Box t, double mx) {
        double sx = mx >= s.cx() ? s.right() : s.x();
        double tx = mx >= t.cx() ? t.right() : t.x();
        if ((mx - sx) * (sx - s.cx()) < 0 || (mx - tx) * (tx - t.cx()) < 0) {
            return null; // the channel would run back through a card
        }
        return new Route(from, to, new double[] {sx, mx, mx, tx}, new double[] {s.cy(), s.cy(), t.cy(), t.cy()});
    }

    /** Out of the top or bottom of {@code s}, along the horizontal channel at {@code my}, into {@code t}. */
    private static Route vhv(String from, String to, Box s, Box t, double my) {
        double sy = my >= s.cy() ? s.bottom() : s.y();
        double ty = my >= t.cy() ? t.bottom() : t.y();
        if ((my - sy) * (sy - s.cy()) < 0 || (my - ty) * (ty - t.cy()) < 0) {
            return null;
        }
        return new Route(from, to, new double[] {s.cx(), s.cx(), t.cx(), t.cx()}, new double[] {sy, my, my, ty});
    }
}
