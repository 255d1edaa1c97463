package org.archsim.sim.run;

import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;

/** Small helpers shared by the data-part behaviour tests: designs from JSON text, scenarios, figures. */
final class DataDesigns {

    private DataDesigns() {
    }

    static Design design(String name, String components, String links) {
        String json = """
                {"format": "archsim.design/1", "name": "%s", "components": [%s], "links": [%s]}
                """.formatted(name, components, links);
        try {
            return DesignCodec.read(name + ".archsim.json", json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario scenario(double durationS, double warmupS, long seed, Fault... faults) {
        return new Scenario(durationS, warmupS, seed, List.of(new LoadStep(0, 1)), List.of(faults));
    }

    static SimulationReport run(Design d, Scenario s) {
        return new Simulation(d, s).run();
    }

    static PartStats part(SimulationReport r, String id) {
        return r.components().get(id);
    }

    static double extra(SimulationReport r, String id, String key) {
        return r.components().get(id).extra().getOrDefault(key, Double.NaN);
    }

    /** Failures of a reason (file name, e.g. {@code write-unavailable}) at a part. */
    static long failures(SimulationReport r, String reason, String where) {
        return r.failures().stream().filter(f -> f.reason().equals(reason) && f.where().equals(where))
                .mapToLong(f -> f.count()).sum();
    }
}
