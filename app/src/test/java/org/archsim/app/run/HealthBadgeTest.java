package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.archsim.app.export.Fixtures;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.observe.PartNow;
import org.junit.jupiter.api.Test;

/**
 * The badge a part's card shows while live ({@link StateScenes#health}): one word, the worst state first, and a
 * partitioned part's badge following the run as it is cut off and recovered.
 */
class HealthBadgeTest {

    private static PartNow part(boolean down, boolean slowed, boolean open, boolean partitioned) {
        return new PartNow("p", down, slowed, open, partitioned, 1, 4, 0, 1, Double.NaN);
    }

    @Test
    void oneBadgeTheWorstFirst() {
        assertThat(StateScenes.health(part(false, false, false, false))).isNull();
        assertThat(StateScenes.health(part(false, true, false, false))).isEqualTo("SLOW");
        assertThat(StateScenes.health(part(false, true, true, false))).isEqualTo("CIRCUIT OPEN");
        assertThat(StateScenes.health(part(false, true, true, true))).isEqualTo("PARTITIONED");
        assertThat(StateScenes.health(part(true, true, true, true))).isEqualTo("DOWN");
        assertThat(StateScenes.health(part(true, false, false, false))).isEqualTo("DOWN");
        // the constructor without the flag (benches, made-up states) means not partitioned
        assertThat(new PartNow("p", false, false, false, 1, 4, 0, 1, Double.NaN).partitioned()).isFalse();
    }

    @Test
    void aPartCutOffFromItsMenuShowsPartitionedUntilRecovered() throws Exception {
        Scenario sc = Scenario.defaults().withDurationS(20).withWarmupS(1).withSeed(3);
        try (LiveRun run = new LiveRun(Fixtures.example("microservices"), sc, Runnable::run, s -> { })) {
            run.step();
            run.inject(Fault.of(0, FaultType.PARTITION, "catalog-db")); // the menu's "Partition (cut off)"
            run.step();
            RunSnapshot cut = await(run, s -> s.nowUs() == 2 * LiveRun.STEP_US);
            assertThat(badge(cut, "catalog-db")).isEqualTo("PARTITIONED");
            // its replica's only link is to the cut-off primary: nothing reaches it either
            assertThat(badge(cut, "catalog-replica")).isEqualTo("PARTITIONED");
            assertThat(badge(cut, "catalog")).isNotEqualTo("PARTITIONED"); // it still reaches its other parts
            FaultMenu.recover(run::clear, "database", "catalog-db");
            run.step();
            RunSnapshot healed = await(run, s -> s.nowUs() == 3 * LiveRun.STEP_US);
            assertThat(badge(healed, "catalog-db")).isNull();
            assertThat(badge(healed, "catalog-replica")).isNull();
            List<PartNow> parts = healed.parts();
            assertThat(parts).noneMatch(PartNow::partitioned);
        }
    }

    private static String badge(RunSnapshot s, String id) {
        return StateScenes.health(s.parts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow());
    }

    private static RunSnapshot await(LiveRun run, Predicate<RunSnapshot> p) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            RunSnapshot s = run.latest();
            if (s != null && p.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out at " + run.latest().nowUs());
    }
}
