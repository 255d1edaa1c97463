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

/** Caches and CDNs: the hit ratio emerges from key skew and capacity; a flush causes a miss storm; write policies. */
class CacheBehaviourTest {

    /** users → app → (cache, db): cache-aside. */
    static Design aside(double rps, double readRatio, int keySpace, double zipfS, int capacity, String eviction) {
        return design("aside", """
                {"id": "users", "kind": "client", "params": {"rps": %s, "readRatio": %s, "keySpace": %d, "zipfS": %s}},
                {"id": "app", "kind": "service", "params": {"workers": 200, "serviceTimeMs": 1, "callMode": "nonblocking"}},
                {"id": "cache", "kind": "cache", "params": {"capacityItems": %d, "eviction": "%s", "ttlS": 0}},
                {"id": "db", "kind": "database", "params": {"workers": 200, "queueCapacity": -1, "poolSize": 100000}}
                """.formatted(rps, readRatio, keySpace, zipfS, capacity, eviction), """
                {"from": "users", "to": "app"}, {"from": "app", "to": "cache", "latencyMs": 0.2},
                {"from": "app", "to": "db", "latencyMs": 1}
                """);
    }

    private static double hitRatio(Design d) {
        SimulationReport r = run(d, scenario(25, 10, 3));
        return extra(r, "cache", "hitRatio");
    }

    @Test
    void hitRatioRisesWithSkewAndCapacity() {
        double uniformSmall = hitRatio(aside(2000, 1.0, 100_000, 0.0, 1_000, "lru"));
        double skewedSmall = hitRatio(aside(2000, 1.0, 100_000, 1.0, 1_000, "lru"));
        double skewedLarge = hitRatio(aside(2000, 1.0, 100_000, 1.0, 10_000, "lru"));
        assertThat(uniformSmall).isLessThan(0.03);
        assertThat(skewedSmall).isGreaterThan(0.45).isGreaterThan(uniformSmall * 15);
        assertThat(skewedLarge).isGreaterThan(skewedSmall + 0.1);
    }

    @Test
    void uniformKeysHitAboutCapacityOverKeySpace() {
        // LRU under independent uniform keys: the cache holds `capacity` distinct keys, so P(hit) = capacity/keySpace.
        assertThat(hitRatio(aside(2000, 1.0, 10_000, 0.0, 1_000, "lru"))).isCloseTo(0.10, within(0.01));
        assertThat(hitRatio(aside(2000, 1.0, 10_000, 0.0, 3_000, "lru"))).isCloseTo(0.30, within(0.015));
    }

    @Test
    void lfuKeepsHotKeysAtLeastAsWellAsLru() {
        double lru = hitRatio(aside(2000, 1.0, 100_000, 0.8, 1_000, "lru"));
        double lfu = hitRatio(aside(2000, 1.0, 100_000, 0.8, 1_000, "lfu"));
        assertThat(lfu).isGreaterThan(lru);
    }

    @Test
    void everyReadMissGoesToTheStoreAndWritesInvalidate() {
        SimulationReport r = run(aside(1000, 0.8, 1_000, 0.5, 200, "lru"), scenario(15, 5, 4));
        long reads = part(r, "cache").arrivals();
        double misses = extra(r, "cache", "misses");
        long writes = part(r, "app").arrivals() - reads;
        // The database sees exactly the misses plus the writes (writes skip the cache).
        assertThat(part(r, "db").arrivals()).isCloseTo((long) misses + writes, within(5L));
        assertThat(writes).isGreaterThan(1500);
    }

    @Test
    void flushCausesMissStormOnTheDatabaseThenItFallsBack() {
        Design d = aside(2000, 0.99, 2_000, 0.6, 2_000, "lru"); // working set fits: only writes reach the db
        Simulation sim = new Simulation(d, scenario(40, 5, 5, Fault.of(20, FaultType.CACHE_FLUSH, "cache")));
        sim.runUntil(15_000_000);
        long a15 = sim.report().components().get("db").arrivals();
        sim.runUntil(20_000_000);
        long a20 = sim.report().components().get("db").arrivals();
        sim.runUntil(25_000_000);
        long a25 = sim.report().components().get("db").arrivals();
        sim.runUntil(35_000_000);
        long a35 = sim.report().components().get("db").arrivals();
        sim.runUntil(40_000_000);
        long a40 = sim.report().components().get("db").arrivals();
        double before = (a20 - a15) / 5.0;
        double storm = (a25 - a20) / 5.0;
        double after = (a40 - a35) / 5.0;
        System.out.printf("db arrivals/s: before %.0f, after flush %.0f, later %.0f%n", before, storm, after);
        assertThat(storm).isGreaterThan(4 * before);
        assertThat(after).isLessThan(1.5 * before);
    }

    @Test
    void writeBackCoalescesHotKeysAndWriteThroughWritesEach() {
        String parts = """
                {"id": "users", "kind": "client", "params": {"rps": 1000, "readRatio": 0.5, "keySpace": 100, "zipfS": 1.0}},
                {"id": "cache", "kind": "cache", "params": {"capacityItems": 1000, "ttlS": 0, "writePolicy": "%s",
                 "writeBackDelayMs": 1000}},
                {"id": "db", "kind": "database", "params": {"workers": 200}}
                """;
        String links = """
                {"from": "users", "to": "cache", "latencyMs": 1}, {"from": "cache", "to": "db", "latencyMs": 1}
                """;
        SimulationReport through = run(design("wt", parts.formatted("write-through"), links), scenario(15, 5, 6));
        SimulationReport back = run(design("wb", parts.formatted("write-back"), links), scenario(15, 5, 6));
        long writesThrough = part(through, "cache").arrivals() - (long) (extra(through, "cache", "hits")
                + extra(through, "cache", "misses"));
        // write-through: every write and every read miss reaches the db
        assertThat(part(through, "db").arrivals()).isCloseTo(writesThrough + (long) extra(through, "cache", "misses"),
                within(5L));
        // write-back: at most one store write per key per delay (100 keys, 10 s) plus misses
        assertThat(extra(back, "cache", "writeBacks")).isLessThan(100 * 10 + 100).isGreaterThan(300);
        assertThat(part(back, "db").arrivals()).isLessThan(part(through, "db").arrivals() / 3);
        // a write-back write is answered at the cache: faster end to end than write-through
        assertThat(back.system().latency().meanMs()).isLessThan(through.system().latency().meanMs());
    }

    @Test
    void cdnCachesStaticReadsAndPassesTheRestToTheOrigin() {
        SimulationReport r = run(design("cdn", """
                {"id": "users", "kind": "client", "params": {"rps": 1000, "readRatio": 0.9, "keySpace": 1000, "zipfS": 0.8,
                 "endpoints": {"/static": 0.5, "/api": 0.5}}},
                {"id": "cdn", "kind": "cdn", "params": {"staticEndpoints": "/static", "capacityItems": 10000}},
                {"id": "origin", "kind": "blob-storage", "params": {"availability": 1.0, "serviceTimeMs": 10}}
                """, """
                {"from": "users", "to": "cdn", "latencyMs": 5}, {"from": "cdn", "to": "origin", "latencyMs": 30}
                """), scenario(20, 5, 7));
        long arrivals = part(r, "cdn").arrivals();
        double lookups = extra(r, "cdn", "hits") + extra(r, "cdn", "misses");
        assertThat(lookups / arrivals).isCloseTo(0.45, within(0.02)); // static reads only
        assertThat(extra(r, "cdn", "hitRatio")).isGreaterThan(0.9); // 1000 keys fit
        assertThat(part(r, "origin").arrivals()).isCloseTo(arrivals - (long) extra(r, "cdn", "hits"), within(30L));
    }

    @Test
    void blobStorageFailsAboutOneMinusAvailability() {
        SimulationReport r = run(design("blob", """
                {"id": "users", "kind": "client", "params": {"rps": 1000}},
                {"id": "blob", "kind": "blob-storage", "params": {"availability": 0.9}}
                """, """
                {"from": "users", "to": "blob"}
                """), scenario(20, 5, 8));
        double errorRate = r.system().errorRate();
        assertThat(errorRate).isCloseTo(0.10, within(0.01));
        assertThat(DataDesigns.failures(r, "part-down", "blob")).isEqualTo(r.system().errors());
    }
}
