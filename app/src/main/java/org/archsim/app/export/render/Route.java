package org.archsim.app.export.render;

/**
 * A link's drawn path: a polyline from the border of its source card to the border of its target card; the arrowhead
 * sits at the last point.
 *
 * @param from source part id
 * @param to   target part id
 * @param xs   x of each point
 * @param ys   y of each point
 */
public record Route(String from, String to, double[] xs, double[] ys) {

    /** Number of points. */
    public int size() {
        return xs.length;
    }

    /** Total length. */
    public double length() {
        double sum = 0;
        for (int i = 1; i < xs.length; i++) {
            sum += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        return sum;
    }

    /** Whether any segment passes through the interior of {@code box}. */
    public boolean crosses(Box box) {
        for (int i = 1; i < xs.length; i++) {
            if (box.crossedBy(xs[i - 1], ys[i - 1], xs[i], ys[i])) {
                return true;
            }
        }
        return false;
    }
}
