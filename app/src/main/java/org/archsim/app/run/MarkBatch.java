package org.archsim.app.run;

/**
 * Screen positions and kinds of the marks of one frame, in arrays reused from frame to frame so that gathering
 * thousands of marks allocates nothing. Filled by {@link #add}, emptied by {@link #clear}; FX thread only.
 */
public final class MarkBatch {

    private final double[] xs;
    private final double[] ys;
    private final byte[] kinds;
    private int size;

    public MarkBatch(int capacity) {
        xs = new double[capacity];
        ys = new double[capacity];
        kinds = new byte[capacity];
    }

    public void clear() {
        size = 0;
    }

    /** Adds one mark; beyond the capacity marks are ignored. */
    public void add(double x, double y, byte kind) {
        if (size < xs.length) {
            xs[size] = x;
            ys[size] = y;
            kinds[size] = kind;
            size++;
        }
    }

    public int size() {
        return size;
    }

    double[] xs() {
        return xs;
    }

    double[] ys() {
        return ys;
    }

    byte[] kinds() {
        return kinds;
    }
}
