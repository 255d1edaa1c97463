package org.archsim.sim.resilience;

import static org.archsim.sim.resilience.Designs.design;
import static org.archsim.sim.resilience.Designs.failures;
import static org.archsim.sim.resilience.Designs.run;
import static org.archsim.sim.resilience.Designs.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.report.EndpointStats;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/** Bulkheads isolate a slow dependency; fallbacks turn a dead dependency's errors into degraded answers. */
class IsolationTest {

    /** A blocking app (20 workers) serves /slow (a 1 s dependency) and /fast (a 5 ms one), 50 req/s each. */
    private static Design twoDependencies(int bulkhead) {
        return design("""
                {"id": "users", "kind": "client", "params": {"rps": 100, "endpoints": {"/slow": 1, "/fast": 1}}},
                {"id": "app", "kind": "service", "params": {"workers": 20, "serviceTimeMs": 1, "queueCapacity": 20}},
                {"id": "slow", "kind": "service", "params": {"workers": 1000, "serviceTimeMs": 1000,
                  "serviceDist": "constant"}},
                {"id": "fast", "kind": "service", "params": {"workers": 100, "serviceTimeMs": 5}}
                """, """
                {"from": "users", "to": "app", "latencyMs": 1},
                {"from": "app", "to": "slow", "latencyMs": 1, "endpoint": "/slow", "bulkhead": %d},
                {"from": "app", "to": "fast", "latencyMs": 1, "endpoint": "/fast"}
                """.formatted(bulkhead));
    }

    @Test
    void withoutABulkheadTheSlowDependencyTakesEveryWorker() {
        SimulationReport r = run(twoDependencies(0), scenario(30, 10, 4));
        // 50/s × 1 s needs 50 workers; 20 are held by /slow, so /fast requests find a full queue too.
        assertThat(r.components().get("app").utilization()).isGreaterThan(0.97);
        EndpointStats fast = r.endpoints().get("/fast");
        assertThat(fast.availability()).isLessThan(0.6);
    }

    @Test
    void aFullBulkheadRejectsAndProtectsTheOtherDependency() {
        SimulationReport r = run(twoDependencies(5), scenario(30, 10, 4));
        // At most 5 /slow calls in flight (5/s succeed); the other ~45/s are refused at once at the app.
        long rejected = failures(r, "bulkhead-full", "app");
        assertThat(rejected / r.measuredS()).isBetween(40.0, 50.0);
        assertThat(r.endpoints().get("/slow").completed() / r.measuredS()).isBetween(4.0, 5.5);
        EndpointStats fast = r.endpoints().get("/fast");
        assertThat(fast.availability()).isEqualTo(1.0);
        assertThat(fast.latency().p99Ms()).isLessThan(50);
    }

    private static Design withFallback(boolean fallback) {
        return design("""
                {"id": "users", "kind": "client", "params": {"rps": 100}},
                {"id": "app", "kind": "service", "params": {"workers": 50, "serviceTimeMs": 2, "fallback": %s}},
                {"id": "recs", "kind": "service", "params": {"workers": 50, "serviceTimeMs": 5}}
                """.formatted(fallback), """
                {"from": "users", "to": "app", "latencyMs": 1},
                {"from": "app", "to": "recs", "latencyMs": 1}
                """);
    }

    @Test
    void fallbackTurnsACrashedDependencyIntoDegradedSuccesses() {
        Fault crash = Fault.of(5, FaultType.CRASH, "recs");
        SimulationReport without = run(withFallback(false), scenario(20, 6, 8, crash));
        assertThat(without.system().errorRate()).isEqualTo(1.0);
        assertThat(failures(without, "part-down", "recs")).isEqualTo(without.system().errors());

        SimulationReport with = run(withFallback(true), scenario(20, 6, 8, crash));
        assertThat(with.system().errorRate()).isZero();
        // Every answer is a fallback (give or take a request cut by the end of the run).
        assertThat(with.components().get("app").fallbacks()).isCloseTo(with.system().completed(), within(2L));
        assertThat(with.system().completed() / with.measuredS()).isBetween(90.0, 110.0);
    }
}
