package org.archsim.app.run;

/**
 * The pixel rectangles drawn into a frame, in one reused int array (x0, y0, x1, y1 each), so the next time the frame
 * is drawn only those pixels have to be put back. Grows as needed; one thread.
 */
final class RectLog {

    private int[] xy = new int[4 * 1024];
    private int size;

    void clear() {
        size = 0;
    }

    /** Rectangles logged. */
    int size() {
        return size;
    }

    void add(int x0, int y0, int x1, int y1) {
        if (4 * size + 4 > xy.length) {
            xy = java.util.Arrays.copyOf(xy, xy.length * 2);
        }
        xy[4 * size] = x0;
        xy[4 * size + 1] = y0;
        xy[4 * size + 2] = x1;
        xy[4 * size + 3] = y1;
        size++;
    }

    /** Copies every logged rectangle's pixels from {@code from} into {@code to} (frames of one size). */
    void restore(PixelFrame to, PixelFrame from) {
        for (int i = 0; i < size; i++) {
            to.copy(from, xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3]);
        }
    }

    /** Makes every logged rectangle transparent in {@code f}. */
    void erase(PixelFrame f) {
        for (int i = 0; i < size; i++) {
            f.fill(xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3], 0);
        }
    }
}
