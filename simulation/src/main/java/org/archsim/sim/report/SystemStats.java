package org.archsim.sim.report;

import org.archsim.sim.metrics.LatencySnapshot;

/**
 * End-to-end figures over all client requests that ended after warm-up.
 *
 * @param arrivals      requests the clients sent
 * @param completed     requests answered successfully
 * @param errors        requests that failed
 * @param throughputRps completed per measured second
 * @param goodputRps    completed within the client's deadline, per measured second
 * @param errorRate     errors / (completed + errors), 0 when nothing ended
 * @param latency       end-to-end latency of the successful requests
 * @param staleReads    reads answered with data older than the latest write
 * @param costPerHour   running cost per hour: Σ over parts with a {@code costPerHour} of that rate × the part's
 *                      time-average instance count after warm-up
 * @param cost          cost in $ of the simulated run so far: Σ rate × instance-hours from t = 0 (warm-up included)
 */
public record SystemStats(long arrivals, long completed, long errors, double throughputRps, double goodputRps,
                          double errorRate, LatencySnapshot latency, long staleReads, double costPerHour,
                          double cost) {
}
