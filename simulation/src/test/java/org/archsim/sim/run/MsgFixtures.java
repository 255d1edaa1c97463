package org.archsim.sim.run;

import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.scenario.Scenario;
import org.archsim.model.io.ScenarioCodec;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;

/** Small helpers for the messaging and scaling tests: designs and scenarios from JSON text, and windowed figures. */
final class MsgFixtures {

    private MsgFixtures() {
    }

    /** A design from its components and links arrays (JSON text without the outer brackets). */
    static Design design(String components, String links) {
        String json = "{\"format\": \"archsim.design/1\", \"name\": \"t\", \"components\": [" + components
                + "], \"links\": [" + links + "]}";
        try {
            return DesignCodec.read("t.archsim.json", json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A scenario with warm-up 0 from its load and faults arrays (JSON text without the outer brackets). */
    static Scenario scenario(double durationS, long seed, String load, String faults) {
        String json = "{\"format\": \"archsim.scenario/1\", \"durationS\": " + durationS + ", \"warmupS\": 0, \"seed\": "
                + seed + ", \"load\": [" + load + "], \"faults\": [" + faults + "]}";
        try {
            return ScenarioCodec.read("t.scenario.json", json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static double extra(SimulationReport r, String part, String key) {
        Double v = r.components().get(part).extra().get(key);
        if (v == null) {
            throw new AssertionError(part + " has no extra figure " + key + ": " + r.components().get(part).extra());
        }
        return v;
    }

    /** Mean own latency of {@code part} over the window between two cumulative reports. */
    static double windowMeanMs(SimulationReport before, SimulationReport after, String part) {
        PartStats a = before.components().get(part);
        PartStats b = after.components().get(part);
        long n = b.latency().count() - a.latency().count();
        return n == 0 ? 0 : (b.latency().meanMs() * b.latency().count() - a.latency().meanMs() * a.latency().count()) / n;
    }
}
