package org.archsim.sim.run;

import static org.archsim.sim.run.MsgFixtures.design;
import static org.archsim.sim.run.MsgFixtures.extra;
import static org.archsim.sim.run.MsgFixtures.scenario;
import static org.archsim.sim.run.MsgFixtures.windowMeanMs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/** Autoscaling adds instances only after the cold start, restores latency, scales back in; cost follows instances. */
class AutoscalerTest {

    /** 2 instances × 4 workers × 20 ms = 400 req/s; 200 req/s is 50 % busy; ×3 (600 req/s) overloads it. */
    private static Design service(boolean autoscale) {
        return design("""
                {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 200}},
                {"id": "svc", "kind": "service", "x": 0, "y": 0, "params": {"workers": 4, "serviceTimeMs": 20,
                 "serviceDist": "exponential", "queueCapacity": -1, "instances": 2, "autoscale": %s,
                 "minInstances": 2, "maxInstances": 10, "targetUtilization": 0.6, "scaleOutDelayS": 30,
                 "costPerHour": 0.5}}""".formatted(autoscale), "{\"from\": \"users\", \"to\": \"svc\"}");
    }

    /** ×3 from 60 s to 240 s. */
    private static final Scenario STEP = scenario(420, 13,
            "{\"atS\": 0, \"multiplier\": 1}, {\"atS\": 60, \"multiplier\": 3}, {\"atS\": 240, \"multiplier\": 1}", "");

    @Test
    void instancesRiseOnlyAfterTheColdStartAndLatencyRecovers() {
        Simulation sim = new Simulation(service(true), STEP);
        Node svc = sim.topology().node("svc");
        double firstScaleOutS = -1;
        int peak = 0;
        SimulationReport at200 = null;
        SimulationReport at240 = null;
        for (int t = 1; t <= 420; t++) {
            sim.runUntil(t * 1_000_000L);
            if (firstScaleOutS < 0 && svc.instances > 2) {
                firstScaleOutS = t;
            }
            peak = Math.max(peak, svc.instances);
            if (t == 200) {
                at200 = sim.report();
            } else if (t == 240) {
                at240 = sim.report();
            }
        }
        SimulationReport end = sim.report();
        // The step is seen at the first tick after 60 s (70 s), instances serve 30 s later: 100 s.
        assertThat(firstScaleOutS).isGreaterThanOrEqualTo(60 + 30).isLessThanOrEqualTo(60 + 10 + 30 + 1);
        // 600 req/s at 60 % of 4 workers × 50 req/s needs 5 instances; it should get at least 3 (the bare minimum).
        assertThat(peak).isBetween(4, 10);
        assertThat(extra(end, "svc", "maxInstances")).isEqualTo(peak);
        // Steady state under the step, long after scaling out: latency back near the 20 ms service time.
        assertThat(windowMeanMs(at200, at240, "svc")).isLessThan(40);
        // After the load drops, it scales back in to the minimum (after the cool-down).
        assertThat(svc.instances).isEqualTo(2);
        assertThat(extra(end, "svc", "scaleEvents")).isGreaterThanOrEqualTo(2);
        assertThat(end.components().get("svc").instances()).isBetween(2.5, (double) peak);
        // Busy-time bookkeeping survives the instance changes: utilisation = work done / worker-seconds available.
        var s = end.components().get("svc");
        double served = s.completed() * 0.020;
        assertThat(s.utilization()).isCloseTo(served / (4 * s.instances() * 420), within(0.01));

        // Without autoscaling the same step overloads two instances: the backlog keeps growing.
        Simulation fixed = new Simulation(service(false), STEP);
        fixed.runUntil(200_000_000L);
        SimulationReport f200 = fixed.report();
        fixed.runUntil(240_000_000L);
        assertThat(windowMeanMs(f200, fixed.report(), "svc")).isGreaterThan(10_000);
        assertThat(fixed.topology().node("svc").instances).isEqualTo(2);
        assertThat(fixed.report().components().get("svc").extra()).doesNotContainKey("scaleEvents");
    }

    @Test
    void costFollowsTimeAverageInstances() {
        SimulationReport scaled = new Simulation(service(true), STEP).run();
        SimulationReport fixed = new Simulation(service(false), STEP).run();
        // Fixed: 2 instances × $0.5/h over 420 s.
        assertThat(fixed.system().costPerHour()).isCloseTo(1.0, within(1e-9));
        assertThat(fixed.system().cost()).isCloseTo(1.0 * 420 / 3600, within(1e-9));
        // Autoscaled: the rate is 0.5 × time-average instances; with warm-up 0 the run cost is rate × duration.
        double avg = scaled.components().get("svc").instances();
        assertThat(scaled.system().costPerHour()).isCloseTo(0.5 * avg, within(1e-9));
        assertThat(scaled.system().cost()).isCloseTo(0.5 * avg * 420 / 3600, within(1e-9));
        assertThat(scaled.system().cost()).isGreaterThan(fixed.system().cost());
    }

    @Test
    void partBelowMinimumStartsAtTheMinimumAndNeverScalesBelowIt() {
        Design d = design("""
                {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 10}},
                {"id": "wk", "kind": "worker", "x": 0, "y": 0, "params": {"workers": 4, "serviceTimeMs": 20,
                 "instances": 1, "autoscale": true, "minInstances": 3, "maxInstances": 6, "scaleOutDelayS": 5}}""",
                "{\"from\": \"users\", \"to\": \"wk\"}");
        Simulation sim = new Simulation(d, scenario(300, 1, "{\"atS\": 0, \"multiplier\": 1}", ""));
        sim.run();
        assertThat(sim.topology().node("wk").instances).isEqualTo(3);
        assertThat(sim.report().components().get("wk").instances()).isEqualTo(3.0);
        // Called directly (no queue), a worker serves like a service.
        assertThat(sim.report().components().get("wk").completed()).isBetween(2800L, 3200L);
        assertThat(sim.report().system().errorRate()).isZero();
    }
}
