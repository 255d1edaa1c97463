package org.archsim.sim.resilience;

import static org.archsim.sim.resilience.Designs.design;
import static org.archsim.sim.resilience.Designs.failures;
import static org.archsim.sim.resilience.Designs.run;
import static org.archsim.sim.resilience.Designs.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/** A gateway's token bucket caps what gets through; the rest is refused at the gateway. */
class RateLimitTest {

    @Test
    void gatewayCapsAtItsRate() {
        SimulationReport r = run(design("""
                {"id": "users", "kind": "client", "params": {"rps": 300}},
                {"id": "gateway", "kind": "api-gateway", "params": {"rateLimitRps": 100, "rateLimitBurst": 20,
                  "workers": 100}},
                {"id": "svc", "kind": "service", "params": {"workers": 20, "serviceTimeMs": 5}}
                """, """
                {"from": "users", "to": "gateway", "latencyMs": 1},
                {"from": "gateway", "to": "svc", "latencyMs": 1}
                """), scenario(40, 5, 2));
        assertThat(r.system().throughputRps()).isBetween(97.0, 103.0);
        double limited = failures(r, "rate-limited", "gateway") / r.measuredS();
        assertThat(limited).isBetween(190.0, 210.0);
        assertThat(r.system().errors()).isEqualTo(failures(r, "rate-limited", "gateway"));
        assertThat(r.components().get("svc").arrivals() / r.measuredS()).isBetween(97.0, 103.0);
    }
}
