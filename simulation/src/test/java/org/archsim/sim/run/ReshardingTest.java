package org.archsim.sim.run;

import static org.archsim.sim.run.DataDesigns.design;
import static org.archsim.sim.run.DataDesigns.extra;
import static org.archsim.sim.run.DataDesigns.part;
import static org.archsim.sim.run.DataDesigns.run;
import static org.archsim.sim.run.DataDesigns.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/** Shards joining and leaving during a run: how many keys move, and what the moved keys cost. */
class ReshardingTest {

    /** users → app (shardBy) → five primaries of two 4 ms connections each (500 rps per shard at most). */
    static Design fiveShards(String shardBy, int rps) {
        return design("reshard", """
                {"id": "users", "kind": "client", "params": {"rps": %d, "keySpace": 100000, "zipfS": 0}},
                {"id": "app", "kind": "service", "params": {"workers": 500, "serviceTimeMs": 1, "callMode": "nonblocking",
                 "shardBy": "%s"}},
                {"id": "s1", "kind": "database", "params": {"workers": 2, "serviceTimeMs": 4}},
                {"id": "s2", "kind": "database", "params": {"workers": 2, "serviceTimeMs": 4}},
                {"id": "s3", "kind": "database", "params": {"workers": 2, "serviceTimeMs": 4}},
                {"id": "s4", "kind": "database", "params": {"workers": 2, "serviceTimeMs": 4}},
                {"id": "s5", "kind": "database", "params": {"workers": 2, "serviceTimeMs": 4}}
                """.formatted(rps, shardBy), """
                {"from": "users", "to": "app"}, {"from": "app", "to": "s1"}, {"from": "app", "to": "s2"},
                {"from": "app", "to": "s3"}, {"from": "app", "to": "s4"}, {"from": "app", "to": "s5"}
                """);
    }

    private static SimulationReport addFifth(String shardBy, int rps) {
        return run(fiveShards(shardBy, rps), scenario(30, 5, 7, Fault.of(10, FaultType.ADD_SHARD, "s5")));
    }

    @Test
    void addingAFifthShardMovesFourFifthsOfTheKeysUnderModNAndAFifthOnARing() {
        SimulationReport mod = addFifth("hash", 200);
        SimulationReport ring = addFifth("consistent-hashing", 200);
        assertThat(extra(mod, "s1", "keysMoved")).isCloseTo(0.80, within(0.01));
        assertThat(extra(ring, "s1", "keysMoved")).isCloseTo(0.20, within(0.04));
        // mod N hands the new shard its fifth and reshuffles the rest; the ring only hands keys to the new shard
        assertThat(extra(mod, "s5", "keysMovedIn")).isCloseTo(0.20, within(0.01));
        assertThat(extra(ring, "s5", "keysMovedIn")).isEqualTo(extra(ring, "s1", "keysMoved"));
        assertThat(extra(ring, "s1", "keysMovedIn")).isZero();
        // before it joins the fifth shard gets nothing: 10 s of 30 before the join, of which 5 s are warm-up
        assertThat(part(mod, "s5").arrivals()).isCloseTo(200 * 20 / 5, within(120L));
    }

    @Test
    void removingAShardMovesOnlyItsKeysOnARing() {
        Fault leave = Fault.of(10, FaultType.REMOVE_SHARD, "s2").withDurationS(10.0);
        SimulationReport mod = run(fiveShards("hash", 200), scenario(30, 5, 7, leave));
        SimulationReport ring = run(fiveShards("consistent-hashing", 200), scenario(30, 5, 7, leave));
        assertThat(extra(mod, "s1", "keysMoved")).isCloseTo(0.80, within(0.01));
        assertThat(extra(ring, "s1", "keysMoved")).isCloseTo(0.20, within(0.04));
        assertThat(extra(ring, "s2", "keysMovedIn")).isCloseTo(extra(ring, "s1", "keysMoved"), within(1e-9));
        assertThat(part(mod, "s2").arrivals()).isLessThan(part(mod, "s1").arrivals() * 3 / 4);
    }

    @Test
    void movedKeysAreCopiedOnFirstUseWhichOverloadsModNButNotTheRing() {
        SimulationReport mod = addFifth("hash", 1500);
        SimulationReport ring = addFifth("consistent-hashing", 1500);
        long modCopies = 0;
        long ringCopies = 0;
        for (String s : new String[] {"s1", "s2", "s3", "s4", "s5"}) {
            modCopies += (long) extra(mod, s, "migrations");
            ringCopies += (long) extra(ring, s, "migrations");
        }
        // 20 s after the join at 1,500 rps over 100,000 keys about 26,000 distinct keys are asked for: 80% or 21% of
        // them moved, and each is copied once (a few copies may still be owed at the end)
        assertThat(modCopies).isBetween(19_000L, 21_500L);
        assertThat(ringCopies).isBetween(4_500L, 6_000L);
        // each copy costs the old shard one more 4 ms service: under mod N every old shard does its 300 rps plus
        // about as many copies and saturates (queues, full queues); on the ring the old shards add about a quarter
        assertThat(part(mod, "s1").utilization()).isGreaterThan(0.9);
        assertThat(part(ring, "s1").utilization()).isLessThan(0.85);
        assertThat(mod.system().latency().p99Ms()).isGreaterThan(1_000);
        assertThat(ring.system().latency().p99Ms()).isLessThan(100);
        assertThat(mod.system().errors()).isGreaterThan(100);
        assertThat(ring.system().errors()).isZero();
    }

    @Test
    void withoutShardEventsNothingIsReportedAndRunsRepeat() {
        SimulationReport plain = run(fiveShards("hash", 200), scenario(10, 2, 7));
        assertThat(part(plain, "s1").extra()).doesNotContainKeys("keysMoved", "keysMovedIn", "migrations", "copiesOwed");
        assertThat(addFifth("consistent-hashing", 1500).components())
                .isEqualTo(addFifth("consistent-hashing", 1500).components());
    }
}
