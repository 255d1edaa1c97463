package org.archsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

class SmokeTest {

    @Test
    void mm1() {
        Design d = new Design("mm1");
        d.addComponent(new Component("users", Catalog.standard().require("client"), 0, 0));
        d.addComponent(new Component("app", Catalog.standard().require("service"), 0, 0));
        d.connect(new Link("users", "app"));
        d.setParam("users", "rps", 90.0);
        d.setParam("app", "workers", 1);
        d.setParam("app", "serviceTimeMs", 10.0);
        d.setParam("app", "queueCapacity", -1);
        Scenario s = new Scenario(20000, 100, 7, List.of(new LoadStep(0, 1)), List.of());
        long t0 = System.nanoTime();
        SimulationReport r = new Simulation(d, s).run();
        System.out.println(r.system());
        System.out.println(r.components().get("app"));
        System.out.println(r.theory());
        System.out.println(r.engine() + " " + (System.nanoTime() - t0) / 1e6 + " ms");
        assertThat(r.components().get("app").latency().meanMs()).isBetween(90.0, 110.0);
    }
}
