package org.archsim.sim.run;

import java.util.Map;
import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;

/**
 * A database part: a station plus its role in a {@link ReplicaSet}.
 *
 * <p><b>Writes</b> are accepted only by the set's current primary when it is not read-only (parameter or fault) and no
 * election is running; otherwise they fail at arrival with {@code WRITE_UNAVAILABLE} (a write to a crashed primary
 * during the election too; a crashed primary with no replicas fails with {@code PART_DOWN}).
 *
 * <p><b>Replication.</b> Every write the primary acknowledges is applied on every replica. {@code async}: acknowledged
 * at once; replica r applies it at {@code now + link latency + Exp(r.replicationLagMs) + lag-fault extras} (each write
 * draws its own lag, so the parameter is the mean delay; a key stays stale until all its writes are applied). {@code sync}: acknowledged once every reachable
 * replica has applied it, i.e. after the slowest replication round trip (2 × link latency); a replica that is down or
 * cut off is not waited for (semi-synchronous, so one dead replica does not stop writes) and catches up when it is
 * back. For each replica a map key → acknowledged-but-unapplied writes is kept (bounded by the writes in flight); a
 * read served by a replica whose entry for its key is non-zero is a <b>stale read</b> (a wrong answer, counted, not an
 * error). So sync yields no stale reads while every replica is reachable, async yields them within the lag.
 *
 * <p><b>Measured lag.</b> Each shipped write remembers when the primary committed it ({@link ApplyLog}); when the
 * replica applies it, the delay is the replica's replication lag for that write. Reports give the mean and maximum
 * over the measured window ({@code replicationLagMs}, {@code replicationLagMaxMs}); live views read
 * {@link #replicaLagMs}. Writes a sync primary waited for are applied on arrival and are not in these figures.
 *
 * <p><b>Failover.</b> When a primary with replicas crashes, an election runs for {@code failoverTimeoutMs}; then the
 * first replica that is up is promoted for the rest of the run (acknowledged writes it had not applied are lost and
 * counted). If the old primary recovers before that, the election is called off; if after, it rejoins as a replica
 * (resynchronised from a snapshot, so with nothing pending).
 *
 * <p><b>Connection pool.</b> At most {@code poolSize} calls are held inside the part at once (queued, in service or
 * waiting for sync replication), whoever the callers are; more wait in a FIFO in front of the station. Waiting calls
 * and the station queue together are bounded by {@code queueCapacity} ({@code QUEUE_FULL} beyond).
 */
final class DatabaseNode extends Node {

    private static final int SYNC_ACK = 1;
    private static final int APPLY = 2;
    private static final int PROMOTE = 3;
    /** A replica that cannot apply (down or cut off) tries again after this long. */
    private static final long APPLY_RETRY_US = 100_000;

    ReplicaSet set;
    /** The link the original primary replicates to this replica over (null for the original primary). */
    LinkRt replicationLink;
    private final long lagMeanUs;
    private final boolean readOnlyParam;
    private final int poolSize;
    private final RandomStream lagRng;
    private final int handler;
    private final IntRing poolWait = new IntRing();
    private final LongIntMap pending = new LongIntMap(64);
    private boolean readOnlyFault;
    private long extraLagUs;
    private int syncWaiting;
    /** Time constant of the live lag gauge's smoothing, simulated µs. */
    private static final long LAG_SMOOTHING_US = 1_000_000;
    private final ApplyLog applyLog = new ApplyLog();
    private long lastApplyUs = -1;
    private double lagRecentUs;
    private long lagSumUs;
    private long lagCount;
    private long lagMaxUs;

    DatabaseNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
        this.lagMeanUs = Math.round(c.doubleParam("replicationLagMs") * 1000);
        this.readOnlyParam = c.boolParam("readOnly");
        this.poolSize = c.intParam("poolSize");
        this.lagRng = sim.streams().stream("replication/" + id);
        this.handler = sim.engine().register((e, type, a, b) -> handle(sim, type, a, b));
    }

    boolean isReplicaRole() {
        return set.primary != this;
    }

    private boolean acceptsWrites() {
        return set.primary == this && !readOnlyParam && !readOnlyFault && !set.electing;
    }

    private int occupancy() {
        return busy + queueLength() + syncWaiting;
    }

    @Override
    void arrive(Simulation sim, int call) {
        RequestTable t = sim.table();
        boolean write = t.type(call) == RequestTable.WRITE;
        boolean lonePrimaryDown = down && set.members.size() == 1;
        if (write && !acceptsWrites() && !lonePrimaryDown) {
            rejectAtArrival(sim, call, FailureReason.WRITE_UNAVAILABLE);
            return;
        }
        if (!down && occupancy() >= poolSize) {
            if (queuePerInstance >= 0 && poolWait.size() + queueLength() >= (long) queuePerInstance * instances) {
                rejectAtArrival(sim, call, FailureReason.QUEUE_FULL);
            } else {
                t.setHop(call, index);
                poolWait.add(call);
            }
            return;
        }
        super.arrive(sim, call);
    }

    private void rejectAtArrival(Simulation sim, int call, FailureReason reason) {
        if (sim.measuring()) {
            metrics.arrivals++;
        }
        sim.table().setHop(call, index);
        sim.table().setNext(call, QUEUED);
        sim.fail(call, reason, index);
    }

    /** Lets waiting calls in while connections are free. */
    private void admit(Simulation sim) {
        while (!poolWait.isEmpty() && occupancy() < poolSize) {
            super.arrive(sim, poolWait.poll());
        }
    }

    @Override
    void serviceDone(Simulation sim, int call) {
        super.serviceDone(sim, call);
        admit(sim);
    }

    @Override
    void afterService(Simulation sim, int call) {
        RequestTable t = sim.table();
        if (t.type(call) == RequestTable.READ) {
            if (isReplicaRole() && pending.get(t.key(call)) > 0 && sim.measuring()) {
                metrics.staleReads++;
            }
            sim.complete(call);
            return;
        }
        if (!acceptsWrites()) { // the role changed while it was queued
            sim.fail(call, FailureReason.WRITE_UNAVAILABLE, index);
            return;
        }
        long waitUs = replicate(sim, t.key(call));
        if (waitUs <= 0) {
            sim.complete(call);
        } else {
            syncWaiting++;
            sim.engine().scheduleAfter(waitUs, 10, handler, SYNC_ACK, call, t.generation(call));
        }
    }

    /** Ships a write of {@code key} to every replica; returns how long a sync write waits before its ack (0 = now). */
    private long replicate(Simulation sim, long key) {
        long now = sim.now();
        long wait = 0;
        for (int i = 0; i < set.members.size(); i++) { // indexed: no iterator on the write path
            DatabaseNode r = set.members.get(i);
            if (r == this) {
                continue;
            }
            long oneWay = r.replicationLatencyUs();
            boolean reachable = !r.down && (r.replicationLink == null || !r.replicationLink.partitioned);
            if (set.sync && reachable) {
                wait = Math.max(wait, 2 * oneWay); // applied on arrival, acknowledged back: nothing is pending
                continue;
            }
            long lag = set.sync ? 0 : Math.round(r.lagRng.nextExponential(Math.max(1, r.lagMeanUs)));
            if (!set.sync && r.lagMeanUs == 0) {
                lag = 0;
            }
            long at = now + oneWay + lag + extraLagUs + r.extraLagUs;
            r.pending.addTo(key, 1);
            sim.engine().schedule(at, 10, r.handler, APPLY, (int) key, r.applyLog.ship(now));
        }
        return wait;
    }

    private long replicationLatencyUs() {
        return replicationLink == null ? 0 : replicationLink.latencyUs;
    }

    private void handle(Simulation sim, int type, int a, int b) {
        switch (type) {
            case SYNC_ACK -> {
                if (!sim.table().isCurrent(a, b)) {
                    return;
                }
                syncWaiting--;
                if (down) {
                    sim.fail(a, FailureReason.PART_DOWN, index);
                } else {
                    sim.complete(a);
                }
                admit(sim);
            }
            case APPLY -> {
                if (unreachable()) {
                    sim.engine().scheduleAfter(APPLY_RETRY_US, 10, handler, APPLY, a, b);
                } else if (pending.get(a) > 0) {
                    pending.addTo(a, -1);
                    applied(sim, applyLog.apply(b));
                }
            }
            case PROMOTE -> promote(sim, a);
            default -> throw new IllegalStateException("unknown database event " + type);
        }
    }

    @Override
    void crash(Simulation sim) {
        super.crash(sim);
        for (int call : poolWait.drain()) {
            rejectAtArrival(sim, call, FailureReason.PART_DOWN);
        }
        if (set.primary == this && set.members.size() > 1) {
            set.electing = true;
            set.electionEpoch++;
            sim.engine().scheduleAfter(set.failoverUs, 0, handler, PROMOTE, set.electionEpoch, 0);
        }
    }

    @Override
    void recover(Simulation sim) {
        super.recover(sim);
        if (set.primary == this && set.electing) {
            set.electing = false; // back before the election ended: no failover
            set.electionEpoch++;
        } else if (set.primary != this) {
            pending.clear(); // rejoins as a replica, resynchronised
            applyLog.clear();
        }
    }

    private void promote(Simulation sim, int epoch) {
        if (!set.electing || epoch != set.electionEpoch) {
            return;
        }
        DatabaseNode chosen = null;
        for (DatabaseNode m : set.members) {
            if (m != this && !m.down) {
                chosen = m;
                break;
            }
        }
        if (chosen == null) { // nobody to promote yet: try again after another timeout
            sim.engine().scheduleAfter(set.failoverUs, 0, handler, PROMOTE, epoch, 0);
            return;
        }
        set.lostWrites += chosen.pending.sumValues();
        chosen.pending.clear();
        chosen.applyLog.clear();
        if (replicationLink == null) {
            replicationLink = chosen.replicationLink; // the old primary is now fed over the same kind of path
        }
        set.primary = chosen;
        set.electing = false;
        set.failovers++;
    }

    private boolean unreachable() {
        return down || (replicationLink != null && replicationLink.partitioned);
    }

    /** A write committed at {@code commitUs} (-1: forgotten, nothing to measure) is applied here now. */
    private void applied(Simulation sim, long commitUs) {
        if (commitUs < 0) {
            return;
        }
        long now = sim.now();
        long delay = now - commitUs;
        double w = 1 - Math.exp(-(now - lastApplyUs) / (double) LAG_SMOOTHING_US);
        lagRecentUs = lastApplyUs < 0 ? delay : lagRecentUs + (delay - lagRecentUs) * w;
        lastApplyUs = now;
        if (sim.measuring()) {
            lagSumUs += delay;
            lagCount++;
            lagMaxUs = Math.max(lagMaxUs, delay);
        }
    }

    /**
     * The replication lag now, ms, for live views (NaN for a primary or before any write reached this replica): the
     * commit-to-apply delay of the writes applied lately (smoothed over about {@link #LAG_SMOOTHING_US}); while the
     * replica cannot apply (down or cut off), the age of its oldest unapplied write if that is larger, so the lag
     * grows as long as the replica stays behind.
     */
    @Override
    double replicaLagMs(long now) {
        if (!isReplicaRole()) {
            return Double.NaN;
        }
        long oldest = applyLog.oldestUnappliedUs();
        if (lastApplyUs < 0) { // nothing applied yet: the oldest write in flight is as far as it is known
            return oldest < 0 ? Double.NaN : (now - oldest) / 1000.0;
        }
        double lag = lagRecentUs;
        if (unreachable() && oldest >= 0) {
            lag = Math.max(lag, now - oldest);
        }
        return lag / 1000.0;
    }

    @Override
    void setExtraLagUs(Simulation sim, long lagUs) {
        extraLagUs = lagUs;
    }

    @Override
    void setReadOnly(Simulation sim, boolean readOnly) {
        readOnlyFault = readOnly;
    }

    @Override
    void extraStats(Simulation sim, Map<String, Double> out) {
        out.put("primary", set.primary == this ? 1.0 : 0.0);
        if (set.members.get(0) == this && set.members.size() > 1) {
            out.put("failovers", (double) set.failovers);
            out.put("lostWrites", (double) set.lostWrites);
        }
        if (isReplicaRole()) {
            out.put("pendingKeys", (double) pending.size());
            if (lagCount > 0) {
                out.put("replicationLagMs", lagSumUs / 1000.0 / lagCount);
                out.put("replicationLagMaxMs", lagMaxUs / 1000.0);
            }
        }
        out.put("poolWaiting", (double) poolWait.size());
    }
}
