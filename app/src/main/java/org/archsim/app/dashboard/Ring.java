package org.archsim.app.dashboard;

/**
 * A bounded time series: the last {@code capacity} (time, value) points, oldest dropped first. Memory stays fixed
 * however long a run lasts. Not thread-safe: used on one thread (the FX thread in the app).
 */
public final class Ring {

    private final double[] t;
    private final double[] v;
    private int start;
    private int size;

    /** An empty series keeping at most {@code capacity} points. */
    public Ring(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2: " + capacity);
        }
        t = new double[capacity];
        v = new double[capacity];
    }

    /** Appends a point, dropping the oldest when full. */
    public void add(double time, double value) {
        int i = (start + size) % t.length;
        if (size == t.length) {
            start = (start + 1) % t.length;
        } else {
            size++;
        }
        t[i] = time;
        v[i] = value;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return t.length;
    }

    /** Time of the {@code i}-th kept point, oldest first. */
    public double time(int i) {
        return t[(start + i) % t.length];
    }

    /** Value of the {@code i}-th kept point, oldest first. */
    public double value(int i) {
        return v[(start + i) % t.length];
    }

    /** The newest value, or NaN when empty. */
    public double last() {
        return size == 0 ? Double.NaN : value(size - 1);
    }

    /** Mean of the last {@code n} finite values, 0 when there are none. */
    public double meanOfLast(int n) {
        double sum = 0;
        int k = 0;
        for (int i = Math.max(0, size - n); i < size; i++) {
            if (Double.isFinite(value(i))) {
                sum += value(i);
                k++;
            }
        }
        return k == 0 ? 0 : sum / k;
    }

    /** Forgets every point. */
    public void clear() {
        start = 0;
        size = 0;
    }
}
