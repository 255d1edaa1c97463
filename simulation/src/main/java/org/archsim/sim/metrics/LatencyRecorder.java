package org.archsim.sim.metrics;

import org.HdrHistogram.Histogram;

/**
 * Records latencies in whole microseconds and summarises them in milliseconds.
 *
 * <p>Percentiles come from an auto-resizing HdrHistogram with 3 significant digits (relative error ≤ 0.1%); the mean and
 * maximum are exact. Recording is O(1) and allocates nothing once the histogram covers the value range. Negative values
 * are rejected. Not thread-safe.
 */
public final class LatencyRecorder {
    private static final double US_PER_MS = 1000.0;

    private final Histogram histogram = new Histogram(3);
    private long count;
    private long sumUs;
    private long maxUs;

    /** Records one latency. @throws IllegalArgumentException if negative */
    public void record(long latencyUs) {
        if (latencyUs < 0) {
            throw new IllegalArgumentException("negative latency " + latencyUs + " us");
        }
        histogram.recordValue(latencyUs);
        count++;
        sumUs += latencyUs;
        if (latencyUs > maxUs) {
            maxUs = latencyUs;
        }
    }

    /** Number of recorded values. */
    public long count() {
        return count;
    }

    /** Exact mean in ms (0 when empty). */
    public double meanMs() {
        return count == 0 ? 0 : sumUs / (double) count / US_PER_MS;
    }

    /** The value at {@code percentile} (0–100) in ms (0 when empty). */
    public double percentileMs(double percentile) {
        return count == 0 ? 0 : histogram.getValueAtPercentile(percentile) / US_PER_MS;
    }

    /** An immutable summary of everything recorded so far. */
    public LatencySnapshot snapshot() {
        if (count == 0) {
            return LatencySnapshot.EMPTY;
        }
        return new LatencySnapshot(count, meanMs(), percentileMs(50), percentileMs(95), percentileMs(99),
                maxUs / US_PER_MS);
    }

    /** Forgets everything recorded (e.g. at the end of warm-up). */
    public void reset() {
        histogram.reset();
        count = 0;
        sumUs = 0;
        maxUs = 0;
    }

    /** Adds everything {@code other} recorded to this recorder (e.g. per-part into system-wide). */
    public void add(LatencyRecorder other) {
        histogram.add(other.histogram);
        count += other.count;
        sumUs += other.sumUs;
        maxUs = Math.max(maxUs, other.maxUs);
    }
}
