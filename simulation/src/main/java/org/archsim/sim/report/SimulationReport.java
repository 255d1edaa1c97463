package org.archsim.sim.report;

import java.util.List;
import java.util.Map;

/**
 * An immutable summary of a run up to some moment: the whole system, each part, each endpoint, why requests failed,
 * and the engine's own effort; with the queueing-theory prediction beside the simulation where one exists.
 * Steady-state figures leave out the warm-up.
 *
 * @param simulatedS  simulated time so far, in seconds
 * @param measuredS   simulated time after warm-up (the span rates are measured over), in seconds
 * @param system      end-to-end figures over every client request
 * @param components  per part id, in document order
 * @param endpoints   per endpoint name
 * @param failures    failed requests grouped by reason and the part where the failure began, most frequent first
 * @param engine      events processed and wall-clock time spent
 * @param theory      the prediction of queueing theory, or a reason why the design has none
 */
public record SimulationReport(double simulatedS, double measuredS, SystemStats system, Map<String, PartStats> components,
                               Map<String, EndpointStats> endpoints, List<FailureCount> failures, EngineStats engine,
                               TheoryReport theory) {

    public SimulationReport {
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
        endpoints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(endpoints));
        failures = List.copyOf(failures);
    }
}
