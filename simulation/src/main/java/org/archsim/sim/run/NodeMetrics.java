package org.archsim.sim.run;

import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.metrics.LatencyRecorder;
import org.archsim.sim.metrics.TimeWeighted;

/**
 * What one part measures. Counters and the latency recorder count only events after warm-up (the owner checks
 * {@link Simulation#measuring()}); the time-weighted figures cut warm-up themselves.
 */
final class NodeMetrics {

    long arrivals;
    long completed;
    long errors;
    final long[] errorsByReason = new long[FailureReason.values().length];
    long downstreamErrors;
    long staleReads;
    long fallbacks;
    long retries;
    long hits;
    long misses;
    final LatencyRecorder latency = new LatencyRecorder();
    final TimeWeighted busy;
    final TimeWeighted waiting;
    final TimeWeighted instances;

    NodeMetrics(long warmupUs, int initialInstances) {
        busy = new TimeWeighted(warmupUs, 0);
        waiting = new TimeWeighted(warmupUs, 0);
        instances = new TimeWeighted(warmupUs, initialInstances);
    }
}
