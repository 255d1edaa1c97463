package org.archsim.app.run;

/**
 * A rectangle of whole pixels from ({@code x0}, {@code y0}) inclusive to ({@code x1}, {@code y1}) exclusive; empty when
 * it has no pixel. Immutable.
 */
record PixelRect(int x0, int y0, int x1, int y1) {

    /** The rectangle with no pixel. */
    static final PixelRect EMPTY = new PixelRect(0, 0, 0, 0);

    boolean isEmpty() {
        return x1 <= x0 || y1 <= y0;
    }

    int width() {
        return isEmpty() ? 0 : x1 - x0;
    }

    int height() {
        return isEmpty() ? 0 : y1 - y0;
    }

    /** Whether every pixel of {@code o} is in this rectangle (an empty one is in any). */
    boolean contains(PixelRect o) {
        return o.isEmpty() || (o.x0 >= x0 && o.y0 >= y0 && o.x1 <= x1 && o.y1 <= y1);
    }

    /** The part of this rectangle inside a {@code w} × {@code h} frame. */
    PixelRect clip(int w, int h) {
        PixelRect c = new PixelRect(Math.max(0, x0), Math.max(0, y0), Math.min(w, x1), Math.min(h, y1));
        return c.isEmpty() ? EMPTY : c;
    }

    /** The smallest rectangle holding both (an empty one adds nothing). */
    PixelRect union(PixelRect o) {
        if (isEmpty()) {
            return o.isEmpty() ? EMPTY : o;
        }
        if (o.isEmpty()) {
            return this;
        }
        return new PixelRect(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }
}
