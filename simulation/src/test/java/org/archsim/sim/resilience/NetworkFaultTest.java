package org.archsim.sim.resilience;

import static org.archsim.sim.resilience.Designs.design;
import static org.archsim.sim.resilience.Designs.failures;
import static org.archsim.sim.resilience.Designs.failuresAt;
import static org.archsim.sim.resilience.Designs.run;
import static org.archsim.sim.resilience.Designs.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.observe.RequestTrace;
import org.archsim.sim.observe.TraceHop;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;

/** Partitions, zone loss, packet loss and hanging dependencies, each with the failure reason and place it promises. */
class NetworkFaultTest {

    /** users → app → db; the app → db call times out after 200 ms. */
    private static Design chain() {
        return design("""
                {"id": "users", "kind": "client", "params": {"rps": 100, "zone": "edge"}},
                {"id": "app", "kind": "service", "params": {"workers": 100, "serviceTimeMs": 2,
                  "serviceDist": "constant", "zone": "zone-a"}},
                {"id": "db", "kind": "database", "params": {"workers": 50, "serviceTimeMs": 3,
                  "serviceDist": "constant", "zone": "zone-b"}}
                """, """
                {"from": "users", "to": "app", "latencyMs": 1},
                {"from": "app", "to": "db", "latencyMs": 1, "timeoutMs": 200}
                """);
    }

    @Test
    void partitionedLinkFailsCallsAtTheirTimeout() {
        Simulation sim = new Simulation(chain(), scenario(10, 2, 6,
                Fault.of(1, FaultType.PARTITION, "app->db")));
        sim.sample(1, 1000);
        sim.setTracing(5);
        SimulationReport r = sim.run();
        assertThat(r.system().errorRate()).isEqualTo(1.0);
        assertThat(failures(r, "network-partition", "db")).isEqualTo(r.system().errors());
        RequestTrace t = sim.traces().get(4);
        assertThat(t.failure()).isEqualTo("network-partition");
        assertThat(t.failedAt()).isEqualTo("db");
        TraceHop toDb = t.hops().get(1);
        assertThat(toDb.arrivedUs()).isEqualTo(-1); // never arrived
        assertThat(toDb.answeredUs() - toDb.sentUs()).isEqualTo(200_000); // the caller learns at its timeout
        // 1 ms + 2 ms + 200 ms timeout + 1 ms back.
        assertThat(t.latencyUs()).isEqualTo(204_000);
    }

    @Test
    void partitionOfAPartCutsEveryLinkTouchingIt() {
        SimulationReport r = run(chain(), scenario(10, 2, 6, Fault.of(1, FaultType.PARTITION, "app")));
        // users → app has no timeout: a lost request ends at the default 30 s, after this run; none completes.
        assertThat(r.system().completed()).isZero();
        assertThat(r.components().get("db").arrivals()).isZero();
    }

    @Test
    void zoneLossTakesItsPartsDownAndSparesTheOthers() {
        Design d = design("""
                {"id": "users", "kind": "client", "params": {"rps": 200, "zone": "edge",
                  "endpoints": {"/a": 1, "/b": 1}}},
                {"id": "a", "kind": "service", "params": {"workers": 50, "serviceTimeMs": 2, "zone": "zone-a"}},
                {"id": "b", "kind": "service", "params": {"workers": 50, "serviceTimeMs": 2, "zone": "zone-b"}}
                """, """
                {"from": "users", "to": "a", "latencyMs": 1, "endpoint": "/a"},
                {"from": "users", "to": "b", "latencyMs": 1, "endpoint": "/b"}
                """);
        Fault loss = new Fault(5, FaultType.ZONE_LOSS, "zone-a", List.of(), null, null, null, null, null);
        SimulationReport r = run(d, scenario(20, 6, 9, loss));
        assertThat(r.endpoints().get("/a").availability()).isZero();
        assertThat(failures(r, "part-down", "a")).isEqualTo(r.endpoints().get("/a").errors());
        assertThat(r.endpoints().get("/b").availability()).isEqualTo(1.0);
        assertThat(r.endpoints().get("/b").completed() / r.measuredS()).isBetween(90.0, 110.0);
    }

    @Test
    void packetLossFailsThatShareOfCallsAtTheTimeout() {
        Design d = design("""
                {"id": "users", "kind": "client", "params": {"rps": 500, "zone": "edge"}},
                {"id": "app", "kind": "service", "params": {"workers": 100, "serviceTimeMs": 2}}
                """, """
                {"from": "users", "to": "app", "latencyMs": 1, "timeoutMs": 100}
                """);
        Fault loss = Fault.of(0, FaultType.PACKET_LOSS, "users->app").withRate(0.3);
        SimulationReport r = run(d, scenario(40, 2, 10, loss));
        assertThat(r.system().errorRate()).isBetween(0.28, 0.32);
        assertThat(failures(r, "packet-lost", "app")).isEqualTo(r.system().errors());
        // Lost requests never reach the app (give or take one cut by the end of the run).
        assertThat(r.components().get("app").arrivals()).isCloseTo(r.system().completed(), within(2L));
    }

    @Test
    void dependencyTimeoutMakesEveryCallHangUntilItsTimeout() {
        Simulation sim = new Simulation(chain(), scenario(10, 2, 6,
                Fault.of(1, FaultType.DEPENDENCY_TIMEOUT, "app->db").withDurationS(5.0)));
        sim.sample(1, 1000);
        sim.setTracing(1000);
        SimulationReport r = sim.run();
        // Hanging from 1 s to 6 s of the 2..10 s measured: 4 of 8 seconds fail.
        assertThat(r.system().errorRate()).isBetween(0.45, 0.55);
        assertThat(failures(r, "timed-out", "db")).isEqualTo(r.system().errors());
        assertThat(failuresAt(r, "app")).isZero();
        RequestTrace hung = sim.traces().stream().filter(t -> !t.ok()).reduce((x, y) -> y).orElseThrow();
        assertThat(hung.hops().get(1).answeredUs() - hung.hops().get(1).sentUs()).isEqualTo(200_000);
        assertThat(sim.traces().stream().filter(t -> !t.ok()).allMatch(t -> t.endUs() <= 6_000_000 + 205_000))
                .isTrue();
    }
}
