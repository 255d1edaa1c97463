package org.archsim.sim.run;

import static org.archsim.sim.run.DataDesigns.extra;
import static org.archsim.sim.run.DataDesigns.run;
import static org.archsim.sim.run.DataDesigns.scenario;
import static org.archsim.sim.run.DatabaseBehaviourTest.replicaSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.sim.observe.PartNow;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/**
 * Replication lag is measured, write by write, from commit on the primary to apply on the replica: in reports (mean
 * and maximum) and as a live gauge that keeps growing while a replica cannot apply.
 */
class ReplicationLagTest {

    /** Mean lag 200 ms plus the 5 ms replication link: ~500 writes/s, 2,500 applied per replica in 10 s. */
    private final Design design = replicaSet(0.5, 10_000, "async", 200, 10_000);

    @Test
    void measuredLagMatchesTheConfiguredMeanPlusTheLink() {
        SimulationReport r = run(design, scenario(15, 5, 21));
        assertThat(extra(r, "r1", "replicationLagMs")).isCloseTo(205, within(12.0));
        assertThat(extra(r, "r2", "replicationLagMs")).isCloseTo(205, within(12.0));
        // exponential delays: the longest of 2,500 is several times the mean
        assertThat(extra(r, "r1", "replicationLagMaxMs")).isBetween(800.0, 3000.0);
        assertThat(r.components().get("db").extra()).doesNotContainKey("replicationLagMs"); // the primary
    }

    @Test
    void liveGaugeFollowsTheRecentLagAndALagFault() {
        Simulation s = new Simulation(design, scenario(30, 1, 22));
        s.runUntil(8_000_000);
        assertThat(lag(s, "r1")).isCloseTo(205, within(60.0));
        assertThat(lag(s, "db")).isNaN();
        assertThat(lag(s, "app")).isNaN();
        s.inject(Fault.of(0, FaultType.REPLICA_LAG, "r1").withLagMs(2000.0));
        s.runUntil(14_000_000); // the smoothing (1 s) has long caught up with writes shipped after the fault
        assertThat(lag(s, "r1")).isCloseTo(2205, within(150.0));
        assertThat(lag(s, "r2")).isCloseTo(205, within(60.0));
    }

    @Test
    void aPartitionedReplicasLagGrowsWithTimeAndRecoversAfterTheHeal() {
        Simulation s = new Simulation(design, scenario(40, 1, 23));
        s.runUntil(5_000_000);
        Fault cut = Fault.of(0, FaultType.PARTITION, "r1");
        s.inject(cut);
        s.runUntil(7_000_000);
        double after2s = lag(s, "r1");
        s.runUntil(11_000_000);
        double after6s = lag(s, "r1");
        // the oldest unapplied write was shipped at the cut or a little before it (still in flight, a long draw)
        assertThat(after2s).isBetween(2000.0, 3500.0);
        assertThat(after6s - after2s).isCloseTo(4000, within(50.0)); // one second of lag per second cut off
        assertThat(lag(s, "r2")).isCloseTo(205, within(60.0));
        s.clear(cut);
        s.runUntil(25_000_000); // backlog applied, then recent writes dominate the smoothed figure again
        assertThat(lag(s, "r1")).isCloseTo(205, within(60.0));
    }

    private static double lag(Simulation s, String id) {
        return s.partsNow().stream().filter(p -> p.id().equals(id)).findFirst().map(PartNow::replicaLagMs)
                .orElseThrow();
    }
}
