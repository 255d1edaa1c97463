package org.archsim.sim.run;

import static org.archsim.sim.run.DataDesigns.design;
import static org.archsim.sim.run.DataDesigns.failures;
import static org.archsim.sim.run.DataDesigns.run;
import static org.archsim.sim.run.DataDesigns.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/** Sync replication waits for {@code writeAcks} replicas; without them a write fails after {@code syncTimeoutMs}. */
class SyncQuorumTest {

    /** A sync primary with a near replica (5 ms away) and a far one (20 ms); reads go to the replicas. */
    static Design quorum(double readRatio, int writeAcks) {
        return design("quorum", """
                {"id": "users", "kind": "client", "params": {"rps": 1000, "readRatio": %s, "keySpace": 500,
                 "deadlineMs": 5000}},
                {"id": "app", "kind": "service", "params": {"workers": 2000, "serviceTimeMs": 1, "callMode": "nonblocking"}},
                {"id": "db", "kind": "database", "params": {"replication": "sync", "writeAcks": %d, "syncTimeoutMs": 500,
                 "workers": 100, "poolSize": 5000, "serviceTimeMs": 1}},
                {"id": "near", "kind": "database", "params": {"role": "replica", "workers": 100, "serviceTimeMs": 1}},
                {"id": "far", "kind": "database", "params": {"role": "replica", "workers": 100, "serviceTimeMs": 1}}
                """.formatted(readRatio, writeAcks), """
                {"from": "users", "to": "app"},
                {"from": "app", "to": "db", "requestType": "write"},
                {"from": "app", "to": "near", "requestType": "read"},
                {"from": "app", "to": "far", "requestType": "read"},
                {"from": "db", "to": "near", "latencyMs": 5}, {"from": "db", "to": "far", "latencyMs": 20}
                """);
    }

    private static final Fault CUT_FAR = Fault.of(8, FaultType.PARTITION, "db->far").withDurationS(6.0);

    @Test
    void waitingForEveryReplicaFailsEveryWriteWhileOneIsCutOff() {
        SimulationReport all = run(quorum(0.5, 0), scenario(20, 5, 3, CUT_FAR));
        // 500 writes/s for the 6 s of the partition; each fails after the 500 ms timeout, with its own reason
        assertThat(failures(all, "no-quorum", "db")).isCloseTo(3_000L, within(150L));
        assertThat(all.system().errors()).isEqualTo(failures(all, "no-quorum", "db"));
        // the near replica got every write before it was acknowledged (or failed); the far one lacks the failed ones
        assertThat(all.components().get("near").staleReads()).isZero();
        assertThat(all.components().get("far").staleReads()).isGreaterThan(1_000);
        SimulationReport healthy = run(quorum(0.5, 0), scenario(20, 5, 3));
        assertThat(healthy.system().errors()).isZero();
        assertThat(healthy.system().staleReads()).isZero();
    }

    @Test
    void aQuorumOfOneKeepsWritingAndTheLaggingReplicaServesStaleReads() {
        SimulationReport one = run(quorum(0.5, 1), scenario(20, 5, 3, CUT_FAR));
        assertThat(one.system().errors()).isZero();
        // the far replica lacks every write of the partition (and the last 20 ms of writes at any time)
        assertThat(one.components().get("far").staleReads()).isGreaterThan(1_000);
        assertThat(one.components().get("near").staleReads()).isZero();
    }

    @Test
    void theAckWaitsForTheWriteAcksFastestRoundTrip() {
        double one = run(quorum(0, 1), scenario(10, 2, 4)).system().latency().meanMs();
        double two = run(quorum(0, 2), scenario(10, 2, 4)).system().latency().meanMs();
        double all = run(quorum(0, 0), scenario(10, 2, 4)).system().latency().meanMs();
        assertThat(two - one).isCloseTo(30.0, within(1.0)); // 2 × 20 ms instead of 2 × 5 ms
        assertThat(all).isCloseTo(two, within(1e-9));
        // the near replica crashed: a quorum of one is met by the far one, 30 ms later
        double nearDown = run(quorum(0, 1), scenario(10, 2, 4, Fault.of(0, FaultType.CRASH, "near")))
                .system().latency().meanMs();
        assertThat(nearDown - one).isCloseTo(30.0, within(1.0));
    }
}
