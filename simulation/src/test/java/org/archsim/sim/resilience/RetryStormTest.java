package org.archsim.sim.resilience;

import static org.archsim.sim.resilience.Designs.design;
import static org.archsim.sim.resilience.Designs.failures;
import static org.archsim.sim.resilience.Designs.run;
import static org.archsim.sim.resilience.Designs.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/** Retries multiply the load on a struggling dependency; a circuit breaker stops it. */
class RetryStormTest {

    /** 100 req/s; the app calls dep with a 100 ms timeout and 3 retries (fixed 10 ms backoff, then 20, 40). */
    private static Design design(boolean breaker) {
        return Designs.design("""
                {"id": "users", "kind": "client", "params": {"rps": 100}},
                {"id": "app", "kind": "service", "params": {"workers": 1000, "serviceTimeMs": 1,
                  "callMode": "nonblocking"}},
                {"id": "dep", "kind": "service", "params": {"workers": 2, "serviceTimeMs": 10, "serviceDist": "constant",
                  "queueCapacity": -1}}
                """, """
                {"from": "users", "to": "app", "latencyMs": 1},
                {"from": "app", "to": "dep", "latencyMs": 1, "timeoutMs": 100, "retries": 3, "retryBackoffMs": 10,
                 "retryJitter": false, "circuitBreaker": %s, "breakerWindow": 20, "breakerThreshold": 0.5,
                 "breakerOpenMs": 5000}
                """.formatted(breaker));
    }

    /** dep becomes 10× slower (100 ms per call on 2 workers: 20/s; 102 ms with the network > the 100 ms timeout) at 5 s. */
    private static SimulationReport slowDep(boolean breaker) {
        return run(design(breaker), scenario(40, 10, 11, Fault.of(5, FaultType.SLOW_DOWN, "dep").withFactor(10.0)));
    }

    @Test
    void healthyDependencySeesTheClientRate() {
        SimulationReport r = run(design(false), scenario(20, 5, 11));
        double depRate = r.components().get("dep").arrivals() / r.measuredS();
        assertThat(depRate).isBetween(90.0, 110.0);
        assertThat(r.components().get("app").retries()).isZero();
    }

    @Test
    void retriesAmplifyTheLoadOnASlowDependency() {
        SimulationReport r = slowDep(false);
        double clientRate = r.system().arrivals() / r.measuredS();
        double depRate = r.components().get("dep").arrivals() / r.measuredS();
        // Every call times out (the queue only grows), so each request makes 1 + 3 calls: 4× the client rate.
        assertThat(depRate / clientRate).isBetween(3.8, 4.05);
        assertThat(r.components().get("app").retries()).isGreaterThan(2 * r.system().arrivals());
        assertThat(failures(r, "timed-out", "dep")).isGreaterThan((long) (0.95 * r.system().arrivals()));
    }

    @Test
    void circuitBreakerStopsTheStorm() {
        SimulationReport r = slowDep(true);
        double depRate = r.components().get("dep").arrivals() / r.measuredS();
        // Open for 5 s at a time, then one trial call (which times out and re-opens it): about 0.2 calls/s.
        assertThat(depRate).isLessThan(0.5);
        long circuitOpen = failures(r, "circuit-open", "app");
        assertThat(circuitOpen).isGreaterThan((long) (0.99 * r.system().errors()));
        assertThat(r.system().errorRate()).isGreaterThan(0.99);
    }
}
