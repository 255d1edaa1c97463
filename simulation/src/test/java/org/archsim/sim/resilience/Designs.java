package org.archsim.sim.resilience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.FailureCount;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;

/** Small helpers for the resilience tests: designs from compact JSON, scenarios, and failure look-ups. */
final class Designs {

    private Designs() {
    }

    /** A design from its parts and links JSON arrays (the format's envelope is added). */
    static Design design(String components, String links) {
        String json = "{\"format\": \"archsim.design/1\", \"name\": \"test\", \"components\": [" + components
                + "], \"links\": [" + links + "]}";
        try {
            return DesignCodec.read("test.archsim.json", json);
        } catch (FormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Scenario scenario(double durationS, double warmupS, long seed, Fault... faults) {
        return new Scenario(durationS, warmupS, seed, List.of(new LoadStep(0, 1)), new ArrayList<>(Arrays.asList(faults)));
    }

    static SimulationReport run(Design d, Scenario s) {
        return new Simulation(d, s).run();
    }

    /** Failures that began at {@code part} for {@code reason} (a reason id such as {@code queue-full}). */
    static long failures(SimulationReport r, String reason, String part) {
        return r.failures().stream().filter(f -> f.reason().equals(reason) && f.where().equals(part))
                .mapToLong(FailureCount::count).sum();
    }

    /** Every failure that began at {@code part}, whatever the reason. */
    static long failuresAt(SimulationReport r, String part) {
        return r.failures().stream().filter(f -> f.where().equals(part)).mapToLong(FailureCount::count).sum();
    }
}
