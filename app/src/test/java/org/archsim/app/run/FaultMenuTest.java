package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.archsim.app.export.Fixtures;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.observe.PartNow;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;

/** Recover undoes every fault the menu can inject on a part; the timeline shows one mark per Recover. */
class FaultMenuTest {

    private static final Scenario SCENARIO = Scenario.defaults().withDurationS(20).withWarmupS(1).withSeed(7);

    private static double lagMs(Simulation sim, String id) {
        return sim.partsNow().stream().filter(p -> p.id().equals(id)).mapToDouble(PartNow::replicaLagMs)
                .findFirst().orElseThrow();
    }

    @Test
    void recoverHealsAPartitionedDatabase() {
        Design d = Fixtures.example("microservices");
        Simulation sim = new Simulation(d, SCENARIO);
        sim.runUntil(2_000_000);
        double normal = lagMs(sim, "catalog-replica");
        sim.inject(Fault.of(0, FaultType.PARTITION, "catalog-db"));
        sim.runUntil(6_000_000);
        // Cut off, the primary ships nothing: the replica's oldest unapplied write ages by a second a second.
        assertThat(lagMs(sim, "catalog-replica")).isGreaterThan(3_500);

        FaultMenu.recover(sim::clear, "database", "catalog-db");
        sim.runUntil(9_000_000);
        assertThat(normal).isBetween(50.0, 500.0);
        assertThat(lagMs(sim, "catalog-replica")).as("back to its normal lag").isBetween(50.0, 500.0);
    }

    @Test
    void oneRecoverIsOneMarkOnTheTimeline() {
        Fault crash = Fault.of(0, FaultType.CRASH, "db");
        List<LiveAction> actions = new java.util.ArrayList<>(List.of(LiveAction.inject(1_000_000, crash)));
        FaultMenu.recover(f -> actions.add(LiveAction.clear(4_000_000, f)), "database", "db");
        assertThat(actions).hasSize(5); // crash, then four clears: crash, slow-down, partition, replica lag
        assertThat(TimelineMarks.of(SCENARIO, actions)).extracting(TimelineMarks.Mark::text)
                .containsExactly("1.0 s: crash db", "4.0 s: recover db");
    }
}
