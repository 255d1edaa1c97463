package org.archsim.sim.report;

import org.archsim.sim.metrics.LatencySnapshot;

/**
 * Figures of one endpoint, so fault isolation between services shows.
 *
 * @param endpoint     endpoint name
 * @param completed    successful requests
 * @param errors       failed requests
 * @param availability completed / (completed + errors), 1 when nothing ended
 * @param latency      end-to-end latency of its successful requests
 */
public record EndpointStats(String endpoint, long completed, long errors, double availability, LatencySnapshot latency) {
}
