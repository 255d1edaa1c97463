package org.archsim.sim.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.EngineStats;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;

/** The sampled hop stream and single-request traces, on designs with known constant times. */
class ObservationTest {

    /** users → app (10 ms, blocking) → db (5 ms); links of 2 ms and 1 ms; a request every 100 ms (no queueing). */
    private static Design chain(double rps) throws Exception {
        return DesignCodec.read("chain.archsim.json", """
                {"format": "archsim.design/1", "name": "chain", "components": [
                  {"id": "users", "kind": "client", "params": {"rps": %s, "arrivals": "constant"}},
                  {"id": "app", "kind": "service", "params": {"workers": 1000, "serviceTimeMs": 10,
                    "serviceDist": "constant"}},
                  {"id": "db", "kind": "database", "params": {"workers": 1000, "serviceTimeMs": 5,
                    "serviceDist": "constant"}}],
                 "links": [{"from": "users", "to": "app", "latencyMs": 2},
                           {"from": "app", "to": "db", "latencyMs": 1}]}
                """.formatted(rps));
    }

    private static Scenario scenario(double s, Fault... faults) {
        return new Scenario(s, 0, 1, List.of(new LoadStep(0, 1)), List.of(faults));
    }

    @Test
    void traceGivesExactNetworkQueueAndServiceTimesPerHop() throws Exception {
        Simulation sim = new Simulation(chain(10), scenario(1));
        sim.sample(3, 1000);
        sim.setTracing(2);
        sim.run();
        List<RequestTrace> traces = sim.traces();
        assertThat(traces).extracting(RequestTrace::requestId).containsExactly(6, 9); // every 3rd, last 2 kept
        RequestTrace t = traces.get(1);
        assertThat(t.client()).isEqualTo("users");
        assertThat(t.endpoint()).isEqualTo("/");
        assertThat(t.ok()).isTrue();
        assertThat(t.startUs()).isEqualTo(900_000); // the 9th request of one every 100 ms
        assertThat(t.latencyUs()).isEqualTo(2_000 + 10_000 + 1_000 + 5_000 + 1_000 + 2_000);
        assertThat(t.hops()).hasSize(2);
        TraceHop app = t.hops().get(0);
        assertThat(app.parentHop()).isEqualTo(-1);
        assertThat(app.link()).isEqualTo("users->app");
        assertThat(app.sentUs()).isEqualTo(900_000);
        assertThat(app.networkUs()).isEqualTo(2_000);
        assertThat(app.queueWaitUs()).isZero();
        assertThat(app.serviceUs()).isEqualTo(10_000);
        assertThat(app.downstreamUs()).isEqualTo(1_000 + 5_000 + 1_000);
        assertThat(app.responseNetworkUs()).isEqualTo(2_000);
        TraceHop db = t.hops().get(1);
        assertThat(db.parentHop()).isEqualTo(0);
        assertThat(db.from()).isEqualTo("app");
        assertThat(db.to()).isEqualTo("db");
        assertThat(db.sentUs()).isEqualTo(912_000);
        assertThat(db.networkUs()).isEqualTo(1_000);
        assertThat(db.queueWaitUs()).isZero();
        assertThat(db.serviceUs()).isEqualTo(5_000);
        assertThat(db.downstreamUs()).isZero();
        assertThat(db.responseNetworkUs()).isEqualTo(1_000);
        assertThat(db.ok()).isTrue();
    }

    @Test
    void traceShowsQueueWaitAndWhereAFailureBegan() throws Exception {
        Design d = DesignCodec.read("one.archsim.json", """
                {"format": "archsim.design/1", "name": "one", "components": [
                  {"id": "users", "kind": "client", "params": {"rps": 1000, "arrivals": "constant"}},
                  {"id": "app", "kind": "service", "params": {"workers": 1, "serviceTimeMs": 4,
                    "serviceDist": "constant", "queueCapacity": 1}}],
                 "links": [{"from": "users", "to": "app"}]}
                """);
        Simulation sim = new Simulation(d, scenario(0.01));
        sim.sample(1, 1000);
        sim.setTracing(100);
        sim.run();
        // Arrivals every 1 ms at 1, 2, 3 ms ...; the first is served from 1 to 5 ms; request 2 (at 2 ms) waits in the
        // one queue place until 5 ms; requests 3, 4 and 5 find it taken (at 5 ms the arrival runs before the service
        // end: arrivals have the lower priority number). Traces are kept in the order requests end.
        assertThat(sim.traces()).extracting(RequestTrace::requestId).startsWith(3, 4, 5, 1);
        RequestTrace second = trace(sim, 2);
        assertThat(second.hops().get(0).queueWaitUs()).isEqualTo(3_000);
        assertThat(second.hops().get(0).serviceUs()).isEqualTo(4_000);
        RequestTrace third = trace(sim, 3);
        assertThat(third.failure()).isEqualTo("queue-full");
        assertThat(third.failedAt()).isEqualTo("app");
        assertThat(third.hops().get(0).startedUs()).isEqualTo(-1);
        assertThat(third.latencyUs()).isZero();
    }

    @Test
    void listenerGetsEveryMessageOfSampledRequestsAndWorkStaysBounded() throws Exception {
        List<String> seen = new ArrayList<>();
        int[] count = {0};
        Simulation sim = new Simulation(chain(2000), scenario(5));
        sim.sample(10, 50); // every 10th of 2000/s = 200/s offered to sampling, capped at 50 per simulated second
        sim.setListener((t, from, to, link, kind, id) -> {
            count[0]++;
            if (id == 10) {
                seen.add(t + " " + from + "->" + to + " " + link + " " + kind);
            }
        });
        sim.run();
        assertThat(seen).containsExactly(
                "5000 0->1 0 REQUEST", "17000 1->2 1 REQUEST", "23000 2->1 1 RESPONSE", "24000 1->0 0 RESPONSE");
        // 50 requests per second × 5 s × 4 messages (the last ones may still be in flight at the end; the arrival at
        // exactly 5 s opens a sixth window and sends one more).
        assertThat(count[0]).isBetween(4 * 50 * 5 - 40, 4 * 50 * 5 + 1);
    }

    @Test
    void failuresAreDeliveredAsFailureHops() throws Exception {
        List<HopKind> kinds = new ArrayList<>();
        Simulation sim = new Simulation(chain(10), scenario(1, Fault.of(0, FaultType.CRASH, "db")));
        sim.sample(1, 1000);
        sim.setListener((t, from, to, link, kind, id) -> {
            if (id == 1) {
                kinds.add(kind);
            }
        });
        sim.run();
        assertThat(kinds).containsExactly(HopKind.REQUEST, HopKind.REQUEST, HopKind.FAILURE, HopKind.FAILURE);
    }

    @Test
    void observingDoesNotChangeTheRun() throws Exception {
        Scenario s = scenario(5, Fault.of(2, FaultType.SLOW_DOWN, "db").withFactor(3.0));
        SimulationReport plain = new Simulation(chain(500), s).run();
        Simulation watched = new Simulation(chain(500), s);
        watched.sample(1, 1_000_000);
        watched.setTracing(10);
        watched.setListener((t, from, to, link, kind, id) -> { });
        SimulationReport seen = watched.run();
        assertThat(withoutWall(seen)).isEqualTo(withoutWall(plain));
        assertThat(watched.traces()).hasSize(10);
    }

    private static RequestTrace trace(Simulation sim, int id) {
        return sim.traces().stream().filter(t -> t.requestId() == id).findFirst().orElseThrow();
    }

    static SimulationReport withoutWall(SimulationReport r) {
        return new SimulationReport(r.simulatedS(), r.measuredS(), r.system(), r.components(), r.endpoints(),
                r.failures(), new EngineStats(r.engine().events(), 0), r.theory());
    }
}
