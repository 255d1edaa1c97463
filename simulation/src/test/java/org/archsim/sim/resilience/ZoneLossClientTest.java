package org.archsim.sim.resilience;

import static org.archsim.sim.resilience.Designs.design;
import static org.archsim.sim.resilience.Designs.failuresAt;
import static org.archsim.sim.resilience.Designs.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;

/**
 * Clients in a lost zone stop sending (their users are gone) and start again when the zone comes back; clients in
 * other zones are untouched. Holds for open (constant-rate) and closed (population) clients.
 */
class ZoneLossClientTest {

    private static Design twoZones() {
        return design("""
                {"id": "open-a", "kind": "client", "params": {"rps": 200, "arrivals": "constant", "zone": "zone-a"}},
                {"id": "closed-a", "kind": "client", "params": {"arrivals": "closed", "population": 10,
                  "thinkTimeMs": 100, "zone": "zone-a"}},
                {"id": "open-b", "kind": "client", "params": {"rps": 300, "arrivals": "constant", "zone": "zone-b"}},
                {"id": "app", "kind": "service", "params": {"workers": 100, "serviceTimeMs": 2, "zone": "zone-c"}}
                """, """
                {"from": "open-a", "to": "app", "latencyMs": 1},
                {"from": "closed-a", "to": "app", "latencyMs": 1},
                {"from": "open-b", "to": "app", "latencyMs": 1}
                """);
    }

    private static long arrivals(SimulationReport r, String part) {
        return r.components().get(part).arrivals();
    }

    @Test
    void clientsInALostZoneSendNothingUntilItComesBack() {
        Fault loss = new Fault(5, FaultType.ZONE_LOSS, "zone-a", List.of(), null, null, null, null, null)
                .withDurationS(5.0);
        Simulation sim = new Simulation(twoZones(), scenario(15, 0, 3, loss));
        sim.runUntil(5_000_000);
        SimulationReport before = sim.report();
        // Closed users: 10 users each ~ (100 ms think + ~4 ms round trip) → ~96 requests/s, ~480 in 5 s.
        assertThat(arrivals(before, "closed-a")).isBetween(400L, 560L);
        assertThat(arrivals(before, "open-a")).isBetween(999L, 1_000L);

        sim.runUntil(9_999_000); // the zone is back at 10 s, when the next arrival is due
        SimulationReport during = sim.report();
        // Nothing at all is sent from zone-a while it is lost (a request already on its way may still land).
        assertThat(arrivals(during, "open-a")).isEqualTo(arrivals(before, "open-a"));
        assertThat(arrivals(during, "closed-a")).isEqualTo(arrivals(before, "closed-a"));
        long appDuring = arrivals(during, "app") - arrivals(before, "app");
        assertThat(appDuring).isBetween(1_490L, 1_510L); // only zone-b's 300/s reach the app
        assertThat(arrivals(during, "open-b") - arrivals(before, "open-b")).isBetween(1_498L, 1_500L);
        assertThat(failuresAt(during, "open-a") + failuresAt(during, "closed-a")).isZero();

        sim.runUntil(15_000_000);
        SimulationReport after = sim.report();
        // Back to full rate once the zone returns: open at 200/s, closed at ~96/s again.
        assertThat(arrivals(after, "open-a") - arrivals(during, "open-a")).isBetween(1_000L, 1_001L);
        assertThat(arrivals(after, "closed-a") - arrivals(during, "closed-a")).isBetween(400L, 560L);
        assertThat(after.system().errors()).isZero();
    }
}
