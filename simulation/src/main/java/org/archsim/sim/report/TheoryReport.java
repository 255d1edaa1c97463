package org.archsim.sim.report;

import java.util.Map;
import java.util.Optional;

/**
 * What queueing theory predicts for the design, when it is a network theory can solve (Poisson arrivals, stations
 * that do not hold a worker while calling downstream, probabilistic routing).
 *
 * @param applicable    whether a prediction exists
 * @param reason        when not applicable, why (in a learner's words); empty otherwise
 * @param meanLatencyMs predicted mean end-to-end latency, network delays included
 * @param parts         prediction per part id
 */
public record TheoryReport(boolean applicable, String reason, double meanLatencyMs, Map<String, PartTheory> parts) {

    public TheoryReport {
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    }

    /** A design theory cannot solve, with the reason. */
    public static TheoryReport notApplicable(String reason) {
        return new TheoryReport(false, reason, Double.NaN, Map.of());
    }

    /** The prediction for one part, if any. */
    public Optional<PartTheory> part(String id) {
        return Optional.ofNullable(parts.get(id));
    }

    /**
     * The prediction for one part.
     *
     * @param arrivalRps    arrival rate at the part
     * @param utilization   busy fraction of its workers
     * @param meanSojournMs mean wait + own service
     * @param meanQueueLength mean number waiting
     * @param model         the formula used, e.g. {@code M/M/4}, {@code M/G/1}
     * @param stable        false when the part is overloaded (utilisation ≥ 1): queues grow without bound
     */
    public record PartTheory(double arrivalRps, double utilization, double meanSojournMs, double meanQueueLength,
                             String model, boolean stable) {
    }
}
