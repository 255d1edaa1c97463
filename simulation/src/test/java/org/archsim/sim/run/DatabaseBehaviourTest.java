package org.archsim.sim.run;

import static org.archsim.sim.run.DataDesigns.design;
import static org.archsim.sim.run.DataDesigns.extra;
import static org.archsim.sim.run.DataDesigns.failures;
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

/** Databases: replica sets, replication and stale reads, failover, read-only, pool size, shards. */
class DatabaseBehaviourTest {

    /** users → app → primary (writes) and two replicas (reads), as in the scaled-out example. */
    static Design replicaSet(double readRatio, int keySpace, String replication, double lagMs, double failoverMs) {
        return design("replicas", """
                {"id": "users", "kind": "client", "params": {"rps": 1000, "readRatio": %s, "keySpace": %d}},
                {"id": "app", "kind": "service", "params": {"workers": 500, "serviceTimeMs": 1, "callMode": "nonblocking"}},
                {"id": "db", "kind": "database", "params": {"replication": "%s", "failoverTimeoutMs": %s, "workers": 100}},
                {"id": "r1", "kind": "database", "params": {"role": "replica", "replicationLagMs": %s, "workers": 100}},
                {"id": "r2", "kind": "database", "params": {"role": "replica", "replicationLagMs": %s, "workers": 100}}
                """.formatted(readRatio, keySpace, replication, failoverMs, lagMs, lagMs), """
                {"from": "users", "to": "app", "latencyMs": 1},
                {"from": "app", "to": "db", "latencyMs": 1, "requestType": "write"},
                {"from": "app", "to": "r1", "latencyMs": 1, "requestType": "read"},
                {"from": "app", "to": "r2", "latencyMs": 1, "requestType": "read"},
                {"from": "db", "to": "r1", "latencyMs": 5}, {"from": "db", "to": "r2", "latencyMs": 5}
                """);
    }

    @Test
    void eachReadGoesToOneReplicaAndEachWriteToThePrimary() {
        SimulationReport r = run(replicaSet(0.8, 10_000, "async", 100, 10_000), scenario(15, 5, 11));
        long app = part(r, "app").arrivals();
        long reads = part(r, "r1").arrivals() + part(r, "r2").arrivals();
        assertThat(reads + part(r, "db").arrivals()).isCloseTo(app, within(5L)); // one database call per request
        assertThat((double) reads / app).isCloseTo(0.8, within(0.02));
        assertThat((double) part(r, "r1").arrivals() / reads).isCloseTo(0.5, within(0.01)); // round robin
    }

    @Test
    void asyncReplicationGivesStaleReadsAndSyncGivesNone() {
        SimulationReport async = run(replicaSet(0.5, 200, "async", 100, 10_000), scenario(15, 5, 12));
        SimulationReport sync = run(replicaSet(0.5, 200, "sync", 100, 10_000), scenario(15, 5, 12));
        // ~500 writes/s over 200 keys with 100 ms mean lag: a read often finds its key's last write unapplied
        assertThat(async.system().staleReads()).isGreaterThan(1000);
        assertThat(part(async, "r1").staleReads() + part(async, "r2").staleReads())
                .isEqualTo(async.system().staleReads());
        assertThat(sync.system().staleReads()).isZero();
        assertThat(async.system().errors()).isZero();
    }

    @Test
    void syncAddsTheReplicationRoundTripToWrites() {
        SimulationReport async = run(replicaSet(0.0, 10_000, "async", 100, 10_000), scenario(15, 5, 13));
        SimulationReport sync = run(replicaSet(0.0, 10_000, "sync", 100, 10_000), scenario(15, 5, 13));
        double extra = sync.system().latency().meanMs() - async.system().latency().meanMs();
        assertThat(extra).isCloseTo(10.0, within(0.5)); // 2 × 5 ms to the replicas and back
    }

    @Test
    void replicaLagFaultMakesMoreStaleReads() {
        Design d = replicaSet(0.5, 2_000, "async", 10, 10_000);
        SimulationReport calm = run(d, scenario(15, 5, 14));
        Fault lag = Fault.of(5, FaultType.REPLICA_LAG, "r1");
        SimulationReport lagged = run(d, scenario(15, 5, 14, lag));
        assertThat(part(lagged, "r1").staleReads()).isGreaterThan(5 * Math.max(1, part(calm, "r1").staleReads()));
        assertThat(part(lagged, "r2").staleReads()).isEqualTo(part(calm, "r2").staleReads());
    }

    @Test
    void writesFailDuringFailoverAndSucceedAfterwhileReadsContinue() {
        Design d = replicaSet(0.8, 10_000, "async", 50, 5_000);
        Simulation sim = new Simulation(d, scenario(40, 5, 15, Fault.of(20, FaultType.CRASH, "db")));
        sim.runUntil(20_000_000);
        SimulationReport atCrash = sim.report();
        sim.runUntil(25_000_000);
        SimulationReport electionOver = sim.report();
        sim.runUntil(40_000_000);
        SimulationReport end = sim.report();
        assertThat(failures(atCrash, "write-unavailable", "db")).isZero();
        long duringElection = failures(electionOver, "write-unavailable", "db");
        assertThat(duringElection).isCloseTo(1000, within(150L)); // 200 writes/s for 5 s
        // after the promotion only writes already on the wire to the old primary can still be refused
        assertThat(failures(end, "write-unavailable", "db")).isBetween(duringElection, duringElection + 3);
        // Reads never failed; after the promotion r1 is the primary and takes the writes, r2 serves every read.
        assertThat(end.system().errors()).isLessThan(duringElection + 20);
        assertThat(extra(end, "r1", "primary")).isEqualTo(1.0);
        long r1Writes = part(end, "r1").arrivals() - part(electionOver, "r1").arrivals();
        long r2Reads = part(end, "r2").arrivals() - part(electionOver, "r2").arrivals();
        assertThat(r1Writes).isCloseTo(3000, within(300L));
        assertThat(r2Reads).isCloseTo(12000, within(600L));
        long readsDuringElection = part(electionOver, "r1").completed() - part(atCrash, "r1").completed()
                + part(electionOver, "r2").completed() - part(atCrash, "r2").completed();
        assertThat(readsDuringElection).isCloseTo(4000, within(300L));
    }

    @Test
    void readOnlyFaultRefusesWrites() {
        Design d = replicaSet(0.8, 10_000, "async", 50, 5_000);
        Fault ro = new Fault(10, FaultType.READ_ONLY, "db", null, 5.0, null, null, null, null);
        SimulationReport r = run(d, scenario(20, 5, 16, ro));
        assertThat(failures(r, "write-unavailable", "db")).isCloseTo(1000, within(150L));
        assertThat(r.system().errors()).isEqualTo(failures(r, "write-unavailable", "db"));
    }

    @Test
    void smallPoolMakesCallsWaitThoughTheDatabaseHasIdleWorkers() {
        String parts = """
                {"id": "users", "kind": "client", "params": {"rps": 800}},
                {"id": "app", "kind": "service", "params": {"workers": 500, "serviceTimeMs": 1, "callMode": "nonblocking"}},
                {"id": "db", "kind": "database", "params": {"workers": 50, "serviceTimeMs": 5, "poolSize": %d,
                 "queueCapacity": -1}}
                """;
        String links = """
                {"from": "users", "to": "app"}, {"from": "app", "to": "db"}
                """;
        SimulationReport big = run(design("pool", parts.formatted(100), links), scenario(15, 5, 17));
        SimulationReport small = run(design("pool", parts.formatted(5), links), scenario(15, 5, 17));
        // 800/s × 5 ms = 4 busy on average: a pool of 5 connections is nearly saturated (M/M/5 at ρ = 0.8)
        assertThat(part(small, "db").utilization()).isCloseTo(part(big, "db").utilization(), within(0.01));
        // Erlang C for M/M/5 at ρ = 0.8 predicts a mean wait for a connection of about 2.8 ms
        assertThat(small.system().latency().meanMs() - big.system().latency().meanMs()).isBetween(1.8, 3.8);
    }

    /** users → app (shardBy) → four primaries. */
    static Design shards(String shardBy, double zipfS) {
        return design("shards", """
                {"id": "users", "kind": "client", "params": {"rps": 2000, "keySpace": 100000, "zipfS": %s}},
                {"id": "app", "kind": "service", "params": {"workers": 500, "serviceTimeMs": 1, "callMode": "nonblocking",
                 "shardBy": "%s"}},
                {"id": "s1", "kind": "database", "params": {"workers": 100}},
                {"id": "s2", "kind": "database", "params": {"workers": 100}},
                {"id": "s3", "kind": "database", "params": {"workers": 100}},
                {"id": "s4", "kind": "database", "params": {"workers": 100}}
                """.formatted(zipfS, shardBy), """
                {"from": "users", "to": "app"}, {"from": "app", "to": "s1"}, {"from": "app", "to": "s2"},
                {"from": "app", "to": "s3"}, {"from": "app", "to": "s4"}
                """);
    }

    private static long[] shardArrivals(SimulationReport r) {
        return new long[] {part(r, "s1").arrivals(), part(r, "s2").arrivals(), part(r, "s3").arrivals(),
            part(r, "s4").arrivals()};
    }

    @Test
    void hashShardingSpreadsUniformKeysEvenlyAndHotKeysUnevenly() {
        for (String by : new String[] {"hash", "range", "consistent-hashing"}) {
            SimulationReport r = run(shards(by, 0.0), scenario(15, 5, 18));
            long[] a = shardArrivals(r);
            long total = a[0] + a[1] + a[2] + a[3];
            assertThat(total).isCloseTo(part(r, "app").arrivals(), within(5L)); // each key to exactly one shard
            for (long x : a) {
                double share = x / (double) total;
                assertThat(share).as(by).isCloseTo(0.25, within(by.equals("consistent-hashing") ? 0.04 : 0.01));
            }
        }
        long[] hot = shardArrivals(run(shards("hash", 1.2), scenario(15, 5, 18)));
        long max = Math.max(Math.max(hot[0], hot[1]), Math.max(hot[2], hot[3]));
        long min = Math.min(Math.min(hot[0], hot[1]), Math.min(hot[2], hot[3]));
        assertThat(max).isGreaterThan(2 * min); // the shard holding key 0 (a third of all requests) is much busier
    }

    @Test
    void sameRunTwiceGivesIdenticalReports() {
        Design d = replicaSet(0.7, 1_000, "async", 80, 3_000);
        Fault crash = new Fault(8, FaultType.CRASH, "db", null, 6.0, null, null, null, null);
        SimulationReport a = run(d, scenario(20, 5, 19, crash));
        SimulationReport b = run(d, scenario(20, 5, 19, crash));
        assertThat(a.system()).isEqualTo(b.system());
        assertThat(a.components()).isEqualTo(b.components());
        assertThat(a.failures()).isEqualTo(b.failures());
        SimulationReport c = run(d, scenario(20, 5, 20, crash));
        assertThat(c.system()).isNotEqualTo(a.system());
    }
}
