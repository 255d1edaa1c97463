package org.archsim.sim.run;

import java.util.Map;

/**
 * One replica's measured replication lag: the commit-to-apply delay of each write it applies, kept as a live gauge
 * (smoothed over about {@link #SMOOTHING_US} of simulated time) and as the mean and maximum over the measured window.
 * Together with the replica's {@link ApplyLog} it also says how far behind a replica is that cannot apply at all.
 */
final class LagGauge {

    /** Time constant of the live gauge's smoothing, simulated µs. */
    static final long SMOOTHING_US = 1_000_000;

    private long lastApplyUs = -1;
    private double recentUs;
    private long sumUs;
    private long count;
    private long maxUs;

    /** A write committed at {@code commitUs} (-1: forgotten, nothing to measure) was applied at {@code now}. */
    void applied(long now, long commitUs, boolean measuring) {
        if (commitUs < 0) {
            return;
        }
        long delay = now - commitUs;
        double w = 1 - Math.exp(-(now - lastApplyUs) / (double) SMOOTHING_US);
        recentUs = lastApplyUs < 0 ? delay : recentUs + (delay - recentUs) * w;
        lastApplyUs = now;
        if (measuring) {
            sumUs += delay;
            count++;
            maxUs = Math.max(maxUs, delay);
        }
    }

    /**
     * The lag now, ms (NaN before any write reached the replica): the recent commit-to-apply delay; while the replica
     * cannot apply ({@code stuck}), the age of its oldest unapplied write ({@code oldestUs}, -1 if none) if that is
     * larger, so the lag grows as long as the replica stays behind.
     */
    double nowMs(long now, long oldestUs, boolean stuck) {
        if (lastApplyUs < 0) { // nothing applied yet: the oldest write in flight is as far as it is known
            return oldestUs < 0 ? Double.NaN : (now - oldestUs) / 1000.0;
        }
        double lag = recentUs;
        if (stuck && oldestUs >= 0) {
            lag = Math.max(lag, now - oldestUs);
        }
        return lag / 1000.0;
    }

    /** Puts the measured mean and maximum ({@code replicationLagMs}, {@code replicationLagMaxMs}) if any write was. */
    void report(Map<String, Double> out) {
        if (count > 0) {
            out.put("replicationLagMs", sumUs / 1000.0 / count);
            out.put("replicationLagMaxMs", maxUs / 1000.0);
        }
    }
}
