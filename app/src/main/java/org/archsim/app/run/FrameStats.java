package org.archsim.app.run;

import java.util.Arrays;

/**
 * The bookkeeping of a frame-rate measurement: when each frame happened and how long its own work took, recorded into
 * fixed arrays by one thread (no allocation per frame), summarised afterwards. Frames beyond the capacity are counted
 * but not kept.
 *
 * <p>Judged against a 60 Hz display: a frame is <em>late</em> when it comes more than one and a half periods after the
 * previous one (so at least one display refresh showed no new frame), and the <em>dropped ticks</em> are the refreshes
 * skipped in all: an interval of {@code k} periods (rounded) dropped {@code k - 1}.
 */
public final class FrameStats {

    /** One refresh of a 60 Hz display, ms. */
    public static final double PERIOD_MS = 1000.0 / 60;

    private final long[] atNanos;
    private final long[] workNanos;
    private volatile int count;

    /** Room for {@code capacity} frames. */
    public FrameStats(int capacity) {
        atNanos = new long[capacity];
        workNanos = new long[capacity];
    }

    /** A frame at {@code atNanos} (a {@link System#nanoTime} reading) whose own work took {@code workNanos}. */
    public void record(long atNanos, long workNanos) {
        int i = count;
        if (i < this.atNanos.length) {
            this.atNanos[i] = atNanos;
            this.workNanos[i] = workNanos;
        }
        count = i + 1;
    }

    /** When frame {@code i} (of those kept) happened, a {@link System#nanoTime} reading. */
    public long at(int i) {
        return atNanos[i];
    }

    /** Frames recorded, kept or not. */
    public int count() {
        return count;
    }

    /** The figures of the frames kept so far. */
    public Summary summary() {
        int n = Math.min(count, atNanos.length);
        double[] intervals = new double[Math.max(0, n - 1)];
        int late = 0;
        int dropped = 0;
        for (int i = 1; i < n; i++) {
            double ms = (atNanos[i] - atNanos[i - 1]) / 1e6;
            intervals[i - 1] = ms;
            if (ms > 1.5 * PERIOD_MS) {
                late++;
            }
            dropped += (int) Math.max(0, Math.round(ms / PERIOD_MS) - 1);
        }
        double[] work = new double[n];
        for (int i = 0; i < n; i++) {
            work[i] = workNanos[i] / 1e6;
        }
        Arrays.sort(intervals);
        Arrays.sort(work);
        double spanS = n < 2 ? 0 : (atNanos[n - 1] - atNanos[0]) / 1e9;
        return new Summary(n, spanS, spanS <= 0 ? 0 : (n - 1) / spanS, Quantiles.of(intervals), late, dropped,
                Quantiles.of(work));
    }

    /** Nearest-rank percentile {@code p} (0–100) of {@code sorted}; 0 for none. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** p50, p95, p99 and maximum of some durations, ms. */
    public record Quantiles(double p50, double p95, double p99, double max) {

        static Quantiles of(double[] sorted) {
            return new Quantiles(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }
    }

    /**
     * @param frames        frames kept
     * @param spanS         wall time from the first frame kept to the last
     * @param fps           frames per second over that span
     * @param interval      time between consecutive frames, ms
     * @param late          intervals over 1.5 periods
     * @param droppedTicks  60 Hz refreshes without a new frame
     * @param work          each frame's own work, ms
     */
    public record Summary(int frames, double spanS, double fps, Quantiles interval, int late, int droppedTicks,
                          Quantiles work) {
    }
}
