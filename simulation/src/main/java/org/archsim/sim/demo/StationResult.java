package org.archsim.sim.demo;

import org.archsim.sim.metrics.BatchMeansResult;
import org.archsim.sim.metrics.LatencySnapshot;

/**
 * Steady-state figures of one {@link StationModel} run, measured after warm-up. Times are in milliseconds.
 *
 * @param arrivals        customers that arrived after warm-up
 * @param arrivalRatePerS observed arrival rate after warm-up, per second
 * @param sojourn         latency summary of customers that arrived after warm-up and finished before the end
 * @param sojournMs       batch-means estimate of the mean sojourn with its 95% confidence interval
 * @param meanInSystem    time-average number of customers in the station (L)
 * @param utilisation     time-average fraction of servers busy
 * @param events          events the engine ran (whole run, including warm-up)
 */
public record StationResult(long arrivals, double arrivalRatePerS, LatencySnapshot sojourn, BatchMeansResult sojournMs,
                            double meanInSystem, double utilisation, long events) {

    /** L / (λ·W) with λ the observed arrival rate: 1 when Little's law holds. */
    public double littleRatio() {
        return meanInSystem / (arrivalRatePerS * sojourn.meanMs() / 1000.0);
    }
}
