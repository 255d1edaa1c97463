package org.archsim.sim.metrics;

/**
 * An immutable summary of recorded latencies, in milliseconds. With {@code count == 0} every figure is 0.
 *
 * @param count  number of recorded values
 * @param meanMs exact mean (from the exact sum, not the histogram buckets)
 * @param p50Ms  median (histogram precision: 3 significant digits)
 * @param p95Ms  95th percentile
 * @param p99Ms  99th percentile
 * @param maxMs  exact maximum
 */
public record LatencySnapshot(long count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    /** The snapshot of an empty recorder. */
    public static final LatencySnapshot EMPTY = new LatencySnapshot(0, 0, 0, 0, 0, 0);
}
