package org.archsim.sim.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Same design, scenario and seed give the same report (every figure but wall time); another seed gives another; and
 * a fault added at 40 s changes nothing measured before it (every random draw comes from a stream named for its
 * purpose and part, and faults only act from their start).
 */
class DeterminismTest {

    private static Design example(String file) throws Exception {
        Path p = Path.of("..", "assets", "examples", file);
        return DesignCodec.read(file, Files.readString(p));
    }

    /** Load steps (a ramp and a step) and faults on the design's own parts. */
    private static Scenario scenario(long seed, String slowPart, String crashPart, Fault... extra) {
        List<Fault> faults = new ArrayList<>();
        faults.add(Fault.of(8, FaultType.SLOW_DOWN, slowPart).withFactor(4.0).withDurationS(10.0));
        faults.add(Fault.of(20, FaultType.CRASH, crashPart).withDurationS(5.0));
        faults.addAll(List.of(extra));
        return new Scenario(45, 5, seed, List.of(new LoadStep(0, 1), new LoadStep(15, 1.5, 5), new LoadStep(30, 0.8)),
                faults);
    }

    static SimulationReport withoutWall(SimulationReport r) {
        return new SimulationReport(r.simulatedS(), r.measuredS(), r.system(), r.components(), r.endpoints(),
                r.failures(), new EngineStats(r.engine().events(), 0), r.theory());
    }

    private static SimulationReport runUntil(Design d, Scenario s, double seconds) {
        Simulation sim = new Simulation(d, s);
        sim.runUntil(Math.round(seconds * 1e6));
        return withoutWall(sim.report());
    }

    @ParameterizedTest
    @CsvSource({"monolith.archsim.json, db, app", "scaled-out.archsim.json, db, app-2",
        "microservices.archsim.json, catalog-db, orders"})
    void sameSeedSameReportOtherSeedOtherReport(String file, String slow, String crash) throws Exception {
        Design d = example(file);
        SimulationReport a = runUntil(d, scenario(42, slow, crash), 45);
        SimulationReport b = runUntil(example(file), scenario(42, slow, crash), 45);
        assertThat(b).isEqualTo(a);
        assertThat(a.system().completed()).isPositive();
        SimulationReport c = runUntil(d, scenario(43, slow, crash), 45);
        assertThat(c.system()).isNotEqualTo(a.system());
        assertThat(c.engine().events()).isNotEqualTo(a.engine().events());
    }

    @ParameterizedTest
    @CsvSource({"monolith.archsim.json, db, app", "scaled-out.archsim.json, db, app-2",
        "microservices.archsim.json, catalog-db, orders"})
    void aLaterFaultChangesNothingBeforeIt(String file, String slow, String crash) throws Exception {
        Design d = example(file);
        Scenario base = scenario(7, slow, crash);
        Scenario more = scenario(7, slow, crash, Fault.of(40, FaultType.CRASH, slow).withDurationS(2.0));
        assertThat(runUntil(d, more, 39)).isEqualTo(runUntil(d, base, 39));
        // ... and it does change what comes after, so the comparison above can fail.
        assertThat(runUntil(d, more, 45).system()).isNotEqualTo(runUntil(d, base, 45).system());
    }
}
