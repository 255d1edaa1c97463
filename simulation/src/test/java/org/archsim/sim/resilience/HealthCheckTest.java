package org.archsim.sim.resilience;

import static org.archsim.sim.resilience.Designs.design;
import static org.archsim.sim.resilience.Designs.failures;
import static org.archsim.sim.resilience.Designs.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;

/**
 * A crashed backend keeps receiving traffic until the balancer's health checks notice (unhealthyThreshold checks in a
 * row), then none; after it recovers it is put back after healthyThreshold passing checks.
 */
class HealthCheckTest {

    private static final long INTERVAL_US = 1_000_000;

    private static Design cluster() {
        return design("""
                {"id": "users", "kind": "client", "params": {"rps": 900, "arrivals": "constant"}},
                {"id": "lb", "kind": "load-balancer", "params": {"healthCheckIntervalMs": 1000,
                  "unhealthyThreshold": 3, "healthyThreshold": 2}},
                {"id": "a", "kind": "service", "params": {"workers": 50, "serviceTimeMs": 5}},
                {"id": "b", "kind": "service", "params": {"workers": 50, "serviceTimeMs": 5}},
                {"id": "c", "kind": "service", "params": {"workers": 50, "serviceTimeMs": 5}}
                """, """
                {"from": "users", "to": "lb", "latencyMs": 1},
                {"from": "lb", "to": "a", "latencyMs": 1},
                {"from": "lb", "to": "b", "latencyMs": 1},
                {"from": "lb", "to": "c", "latencyMs": 1}
                """);
    }

    @Test
    void crashedBackendFailsOnlyUntilTheChecksNoticeAndReturnsAfterHealthyChecks() {
        Simulation sim = new Simulation(cluster(),
                scenario(30, 0, 5, Fault.of(10, FaultType.CRASH, "b").withDurationS(10.0)));
        long firstFailureUs = -1;
        long lastFailureUs = -1;
        long previous = 0;
        long arrivalsAtRecovery = -1;
        long firstArrivalAfterRecoveryUs = -1;
        for (long t = 100_000; t <= 30_000_000; t += 100_000) {
            sim.runUntil(t);
            SimulationReport r = sim.report();
            long down = failures(r, "part-down", "b");
            if (down > previous) {
                if (firstFailureUs < 0) {
                    firstFailureUs = t;
                }
                lastFailureUs = t;
                previous = down;
            }
            long arrivals = r.components().get("b").arrivals();
            if (t == 20_000_000) {
                arrivalsAtRecovery = arrivals;
            } else if (t > 20_000_000 && firstArrivalAfterRecoveryUs < 0 && arrivals > arrivalsAtRecovery) {
                firstArrivalAfterRecoveryUs = t;
            }
        }
        // Failures start with the crash and stop once three checks in a row failed: within (2, 3] intervals after the
        // crash, whatever the checks' phase (plus the 100 ms step of this loop).
        assertThat(firstFailureUs).isEqualTo(10_100_000);
        assertThat(lastFailureUs - 10_000_000).isBetween(2 * INTERVAL_US, 3 * INTERVAL_US + 100_000);
        // About a third of 900/s goes to b while it is believed healthy: 300/s × (2..3 s).
        assertThat(previous).isBetween(550L, 950L);
        // Back after two passing checks: within (1, 2] intervals after the recovery at 20 s.
        assertThat(firstArrivalAfterRecoveryUs - 20_000_000).isBetween(INTERVAL_US, 2 * INTERVAL_US + 100_000);
    }
}
