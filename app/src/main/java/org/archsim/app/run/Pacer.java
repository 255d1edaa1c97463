package org.archsim.app.run;

/**
 * Pacing math: which simulated time a run should have reached after some wall-clock time at a speed. Anchored at a
 * (wall, simulated) pair; changing the speed re-anchors, so the simulated clock never jumps. Pure and immutable.
 *
 * @param anchorWallNanos wall-clock time of the anchor, ns
 * @param anchorSimUs     simulated time at the anchor, µs
 * @param speed           simulated seconds per wall second; {@link #FASTEST} for "as fast as possible"
 */
public record Pacer(long anchorWallNanos, long anchorSimUs, double speed) {

    /** "As fast as possible". */
    public static final double FASTEST = Double.POSITIVE_INFINITY;
    /** Slowest and fastest paced speed. */
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 100;
    /** The speed ladder that Faster / Slower walk. */
    private static final double[] LADDER = {0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, FASTEST};

    /** The simulated time (µs) to reach at wall time {@code wallNanos}; for {@link #FASTEST}, {@code Long.MAX_VALUE}. */
    public long targetUs(long wallNanos) {
        if (Double.isInfinite(speed)) {
            return Long.MAX_VALUE;
        }
        long elapsedNs = Math.max(0, wallNanos - anchorWallNanos);
        return anchorSimUs + (long) (elapsedNs / 1000.0 * speed);
    }

    /** A pacer at {@code newSpeed}, anchored where this one is at {@code wallNanos} and {@code simUs}. */
    public Pacer withSpeed(double newSpeed, long wallNanos, long simUs) {
        return new Pacer(wallNanos, simUs, newSpeed);
    }

    /** The next speed up (or down when {@code up} is false) the ladder. */
    public static double step(double speed, boolean up) {
        if (up) {
            for (double s : LADDER) {
                if (s > speed) {
                    return s;
                }
            }
            return FASTEST;
        }
        for (int i = LADDER.length - 1; i >= 0; i--) {
            if (LADDER[i] < speed) {
                return LADDER[i];
            }
        }
        return MIN_SPEED;
    }

    /** "1×", "0.25×", "As fast as possible". */
    public static String label(double speed) {
        if (Double.isInfinite(speed)) {
            return "Max";
        }
        return (speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed)) + "×";
    }
}
