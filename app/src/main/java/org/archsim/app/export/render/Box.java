package org.archsim.app.export.render;

/**
 * An axis-aligned rectangle in diagram units.
 *
 * @param x left
 * @param y top
 * @param w width
 * @param h height
 */
public record Box(double x, double y, double w, double h) {

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public double cx() {
        return x + w / 2;
    }

    public double cy() {
        return y + h / 2;
    }

    /** Whether (px, py) lies inside, borders included. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** This box grown by {@code d} on every side (shrunk when negative). */
    public Box inflate(double d) {
        return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
    }

    /** This box moved by (dx, dy). */
    public Box shift(double dx, double dy) {
        return new Box(x + dx, y + dy, w, h);
    }

    /** Whether the segment (x1, y1)–(x2, y2) passes through the open interior (Liang–Barsky clipping). */
    public boolean crossedBy(double x1, double y1, double x2, double y2) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - x, right() - x1, y1 - y, bottom() - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }
}
