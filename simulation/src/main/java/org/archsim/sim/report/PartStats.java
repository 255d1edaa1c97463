package org.archsim.sim.report;

import java.util.Map;
import org.archsim.sim.metrics.LatencySnapshot;

/**
 * One part's figures after warm-up.
 *
 * @param id               part id
 * @param kind             kind id
 * @param arrivals         calls that reached the part
 * @param completed        calls it answered successfully
 * @param errors           calls it answered with a failure (its own or from downstream)
 * @param errorsByReason   failures that began here, by reason id (e.g. {@code queue-full})
 * @param downstreamErrors failures passed on from the parts it called
 * @param utilization      busy fraction of its workers, 0..1 (a blocking part is busy while it waits downstream)
 * @param meanQueueLength  time-average number of calls waiting for a worker (not in service)
 * @param latency          its own sojourn: queue wait + its own service, not its downstream calls
 * @param instances        time-average instance count
 * @param retries          retries it made of failed calls
 * @param fallbacks        degraded answers it gave instead of failing
 * @param staleReads       reads it answered with stale data
 * @param extra            kind-specific figures (e.g. {@code hitRatio}, {@code healthyBackends}), by name
 */
public record PartStats(String id, String kind, long arrivals, long completed, long errors,
                        Map<String, Long> errorsByReason, long downstreamErrors, double utilization,
                        double meanQueueLength, LatencySnapshot latency, double instances, long retries, long fallbacks,
                        long staleReads, Map<String, Double> extra) {

    public PartStats {
        errorsByReason = Map.copyOf(errorsByReason);
        extra = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extra));
    }
}
