package org.archsim.sim.resilience;

import static org.archsim.sim.resilience.Designs.design;
import static org.archsim.sim.resilience.Designs.failures;
import static org.archsim.sim.resilience.Designs.failuresAt;
import static org.archsim.sim.resilience.Designs.run;
import static org.archsim.sim.resilience.Designs.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/** A slow database exhausts a blocking caller's workers and the errors cascade; a non-blocking caller stays idle. */
class SlowDatabaseTest {

    /** 200 req/s; the app holds a worker (8 of them) while it waits for a 4-worker database of 5 ms. */
    private static Design shop(String callMode) {
        return design("""
                {"id": "users", "kind": "client", "params": {"rps": 200}},
                {"id": "app", "kind": "service", "params": {"workers": 8, "serviceTimeMs": 2, "queueCapacity": 50,
                  "callMode": "%s"}},
                {"id": "db", "kind": "database", "params": {"workers": 4, "serviceTimeMs": 5,
                  "serviceDist": "constant", "queueCapacity": 100}}
                """.formatted(callMode), """
                {"from": "users", "to": "app", "latencyMs": 1},
                {"from": "app", "to": "db", "latencyMs": 1, "timeoutMs": 1000}
                """);
    }

    /** The database becomes 10× slower at 10 s (capacity 80 req/s < 200 offered); measured from 15 s to 35 s. */
    private static SimulationReport slowDb(String callMode) {
        return run(shop(callMode), scenario(35, 15, 3, Fault.of(10, FaultType.SLOW_DOWN, "db").withFactor(10.0)));
    }

    @Test
    void healthyDatabaseLeavesTheBlockingAppMostlyIdle() {
        SimulationReport r = run(shop("blocking"), scenario(20, 5, 3));
        // Each request holds an app worker for 2 ms + 1 ms + 5 ms + 1 ms = 9 ms: 200 × 9 ms / 8 workers ≈ 0.225.
        assertThat(r.components().get("app").utilization()).isBetween(0.20, 0.25);
        assertThat(r.system().errorRate()).isZero();
    }

    @Test
    void slowDatabaseExhaustsBlockingWorkersAndErrorsCascade() {
        SimulationReport r = slowDb("blocking");
        PartStats app = r.components().get("app");
        assertThat(app.utilization()).isGreaterThan(0.97);
        assertThat(app.meanQueueLength()).isGreaterThan(40); // the 50-place queue is nearly always full
        long appQueueFull = failures(r, "queue-full", "app");
        // Only what the database can answer (80/s) gets through the held workers: of 200/s, about 120/s (60%) is
        // refused by the app's full queue.
        assertThat(appQueueFull).isBetween((long) (0.55 * r.system().arrivals()), (long) (0.65 * r.system().arrivals()));
        assertThat(r.system().errorRate()).isGreaterThan(0.55);
        // The clients see the app's failures: the cascade reaches them.
        assertThat(r.components().get("users").errorsByReason().get("queue-full")).isEqualTo(appQueueFull);
    }

    @Test
    void nonBlockingAppStaysIdleAndOnlyTheDatabaseFails() {
        SimulationReport r = slowDb("nonblocking");
        PartStats app = r.components().get("app");
        // Only its own 2 ms of work: 200 × 2 ms / 8 = 0.05.
        assertThat(app.utilization()).isBetween(0.04, 0.06);
        assertThat(app.meanQueueLength()).isLessThan(0.01);
        assertThat(failuresAt(r, "app")).isZero();
        // The database is overwhelmed (80/s capacity for 200/s): its queue overflows or calls time out there.
        assertThat(failuresAt(r, "db")).isGreaterThan((long) (0.5 * r.system().arrivals()));
        assertThat(r.components().get("db").utilization()).isGreaterThan(0.97);
    }
}
