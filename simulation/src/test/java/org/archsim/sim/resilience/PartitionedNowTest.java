package org.archsim.sim.resilience;

import static org.archsim.sim.resilience.Designs.design;
import static org.archsim.sim.resilience.Designs.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.observe.PartNow;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;

/**
 * {@link Simulation#partsNow()} says which parts a partition cuts off, for the live view's "PARTITIONED" badge: while
 * the fault is in force and not after the heal, whether it was injected live, scheduled, or cut link by link.
 */
class PartitionedNowTest {

    /** users → app → db and app → cache: the app has three links, the db and the cache one each. */
    private static Design design3() {
        return design("""
                {"id": "users", "kind": "client", "params": {"rps": 100}},
                {"id": "app", "kind": "service", "params": {"workers": 50, "serviceTimeMs": 2}},
                {"id": "db", "kind": "database", "params": {"workers": 50, "serviceTimeMs": 3}},
                {"id": "cache", "kind": "cache", "params": {}}
                """, """
                {"from": "users", "to": "app", "latencyMs": 1},
                {"from": "app", "to": "cache", "latencyMs": 1, "timeoutMs": 200},
                {"from": "app", "to": "db", "latencyMs": 1, "timeoutMs": 200}
                """);
    }

    @Test
    void aPartCutOffLiveReportsItUntilItIsHealed() {
        Simulation s = new Simulation(design3(), scenario(30, 1, 3));
        s.runUntil(2_000_000);
        assertThat(partitioned(s)).isEmpty();
        Fault cut = Fault.of(0, FaultType.PARTITION, "db");
        s.inject(cut);
        s.runUntil(3_000_000);
        assertThat(partitioned(s)).containsExactly("db"); // its neighbour app keeps its other links
        PartNow db = now(s).get("db");
        assertThat(db.down()).isFalse();
        assertThat(db.partitioned()).isTrue();
        s.clear(cut);
        s.runUntil(4_000_000);
        assertThat(partitioned(s)).isEmpty();
    }

    @Test
    void aScheduledPartitionOfAPartHoldsForItsDuration() {
        Simulation s = new Simulation(design3(), scenario(30, 1, 4,
                Fault.of(5, FaultType.PARTITION, "app").withDurationS(10.0)));
        s.runUntil(4_900_000);
        assertThat(partitioned(s)).isEmpty();
        s.runUntil(5_000_000); // faults start before requests at the same instant
        // every link of db and cache touches app, so they are cut off as well: nothing reaches them
        assertThat(partitioned(s)).containsExactly("users", "app", "db", "cache");
        s.runUntil(14_999_999);
        assertThat(partitioned(s)).contains("app");
        s.runUntil(15_000_000);
        assertThat(partitioned(s)).isEmpty();
    }

    @Test
    void aSetIsCutOffWhereItsLinksCrossTheBorder() {
        Fault split = new Fault(2, FaultType.PARTITION, null, List.of("app", "db"), 10.0, null, null, null, null);
        Simulation s = new Simulation(design3(), scenario(30, 1, 5, split));
        s.runUntil(3_000_000);
        // app's links to users and cache cross the border; db's only link (to app) stays inside the set
        assertThat(partitioned(s)).containsExactly("users", "app", "cache");
        s.runUntil(12_000_000);
        assertThat(partitioned(s)).isEmpty();
    }

    @Test
    void oneCutLinkOfManyIsNotAPartCutOffButAnOnlyLinkIs() {
        Simulation s = new Simulation(design3(), scenario(30, 1, 6));
        s.runUntil(1_000_000);
        s.inject(Fault.of(0, FaultType.PARTITION, "app->cache"));
        s.runUntil(2_000_000);
        assertThat(partitioned(s)).containsExactly("cache");
        s.clear(Fault.of(0, FaultType.PARTITION, "app->cache"));
        s.runUntil(3_000_000);
        assertThat(partitioned(s)).isEmpty();
    }

    @Test
    void aPartCutOffAndThenHealedLinkByLinkIsReachableAgain() {
        Simulation s = new Simulation(design3(), scenario(30, 1, 7));
        s.runUntil(1_000_000);
        s.inject(Fault.of(0, FaultType.PARTITION, "app"));
        s.runUntil(2_000_000);
        assertThat(now(s).get("app").partitioned()).isTrue();
        for (String link : List.of("users->app", "app->cache", "app->db")) {
            s.clear(Fault.of(0, FaultType.PARTITION, link));
        }
        s.runUntil(3_000_000);
        assertThat(partitioned(s)).isEmpty();
    }

    private static Map<String, PartNow> now(Simulation s) {
        return s.partsNow().stream().collect(Collectors.toMap(PartNow::id, p -> p));
    }

    /** Ids of the parts reported cut off, in document order. */
    private static List<String> partitioned(Simulation s) {
        return s.partsNow().stream().filter(PartNow::partitioned).map(PartNow::id).toList();
    }
}
