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
 * DNS in front of two balancers answers only with targets that passed its last health check (every 5 s): a crashed
 * balancer keeps receiving its sessions until the check notices, then none; it gets sessions back after it recovers
 * and a check passes.
 */
class DnsFailoverTest {

    private static Design twoBalancers() {
        return design("""
                {"id": "users", "kind": "client", "params": {"rps": 1000, "arrivals": "constant", "keySpace": 10000}},
                {"id": "dns", "kind": "dns", "params": {}},
                {"id": "lb1", "kind": "load-balancer", "params": {}},
                {"id": "lb2", "kind": "load-balancer", "params": {}},
                {"id": "app", "kind": "service", "params": {"workers": 100, "serviceTimeMs": 5}}
                """, """
                {"from": "users", "to": "dns", "latencyMs": 1},
                {"from": "dns", "to": "lb1", "latencyMs": 1},
                {"from": "dns", "to": "lb2", "latencyMs": 1},
                {"from": "lb1", "to": "app", "latencyMs": 1},
                {"from": "lb2", "to": "app", "latencyMs": 1}
                """);
    }

    @Test
    void crashedBalancerStopsReceivingSessionsWithinOneCheckAndReturnsAfterRecovery() {
        Simulation sim = new Simulation(twoBalancers(),
                scenario(40, 0, 7, Fault.of(10, FaultType.CRASH, "lb1").withDurationS(15.0)));
        sim.runUntil(10_000_000);
        SimulationReport atCrash = sim.report();
        long lb1Before = atCrash.components().get("lb1").arrivals();
        long lb2Before = atCrash.components().get("lb2").arrivals();
        // Sessions (keys) split over both balancers while both are up.
        assertThat(lb1Before).isBetween(3_000L, 7_000L);
        assertThat(lb1Before + lb2Before).isBetween(9_900L, 10_000L);

        sim.runUntil(15_100_000); // at most one 5 s check after the crash (plus in-flight requests landing)
        SimulationReport detected = sim.report();
        long lostWhileUndetected = failures(detected, "part-down", "lb1");
        // About half of 1000/s fails at lb1 until the check notices: between 0 and 5 s of it.
        assertThat(lostWhileUndetected).isBetween(1L, 3_000L);
        long lb1Detected = detected.components().get("lb1").arrivals();
        long lb2Detected = detected.components().get("lb2").arrivals();

        sim.runUntil(25_000_000); // the crash lasts until 25 s
        SimulationReport beforeRecovery = sim.report();
        assertThat(beforeRecovery.components().get("lb1").arrivals()).isEqualTo(lb1Detected);
        assertThat(failures(beforeRecovery, "part-down", "lb1")).isEqualTo(lostWhileUndetected);
        // lb2 takes every session meanwhile: ~9,900 requests in 9.9 s, none failing.
        assertThat(beforeRecovery.components().get("lb2").arrivals() - lb2Detected).isBetween(9_800L, 10_000L);
        assertThat(beforeRecovery.system().errors()).isEqualTo(lostWhileUndetected);

        sim.runUntil(40_000_000);
        SimulationReport end = sim.report();
        // Back within one check after recovery (≤ 5 s), so lb1 serves its sessions for at least the last ~10 s.
        assertThat(end.components().get("lb1").arrivals() - lb1Detected).isBetween(3_000L, 8_000L);
        assertThat(end.system().errors()).isEqualTo(lostWhileUndetected);
    }
}
