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
 * <p><b>Replication.</b> Every write the primary applies is shipped to every replica. {@code async}: acknowledged at
 * once; replica r applies it at {@code now + link latency + Exp(r.replicationLagMs) + lag-fault extras} (each write
 * draws its own lag, so the parameter is the mean delay; a key stays stale until all its writes are applied).
 * {@code sync}: the write waits for {@code writeAcks} replica acknowledgements (0 = every replica): it is acknowledged
 * after the {@code writeAcks}-th fastest replication round trip (2 × link latency) among the replicas reachable when
 * it is shipped. If fewer replicas are reachable (down, or cut off by a partition) the write holds its connection for
 * {@code syncTimeoutMs} and then fails with {@code NO_QUORUM}: it stays applied on the primary and reaches the others
 * when they are back, but the caller was told it failed. Replicas not waited for apply on arrival or catch up when
 * back. For each replica a map key → writes the primary applied but the replica has not is kept (bounded by the
 * writes in flight); a read served by a replica whose entry for its key is non-zero is a <b>stale read</b> (a wrong
 * answer, counted, not an error). So sync waiting for every replica yields no stale reads while all are reachable
 * (and no writes while one is not); a smaller quorum keeps writing through a lost replica, which then serves stale
 * reads; async yields them within the lag.
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
    private static final int SYNC_TIMEOUT = 4;
    /** {@link #replicate}'s answer when a sync write cannot reach the replicas it must wait for. */
    private static final long NO_QUORUM_WAIT = Long.MAX_VALUE;
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
    /** Moved keys this part still has to read out and ship to their new shard (see {@link ShardMap}). */
    private long copiesOwed;
    private long migrations;
    private boolean readOnlyFault;
    private long extraLagUs;
    private int syncWaiting;
    private long[] roundTrips = new long[0];
    private final ApplyLog applyLog = new ApplyLog();
    private final LagGauge lagGauge = new LagGauge();

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
        if (waitUs == NO_QUORUM_WAIT) {
            syncWaiting++;
            sim.engine().scheduleAfter(set.syncTimeoutUs, 10, handler, SYNC_TIMEOUT, call, t.generation(call));
        } else if (waitUs == 0) {
            sim.complete(call);
        } else {
            syncWaiting++;
            sim.engine().scheduleAfter(waitUs, 10, handler, SYNC_ACK, call, t.generation(call));
        }
    }

    /**
     * Ships a write of {@code key} to every replica. Returns how long the write waits before it is acknowledged (0 =
     * now), or {@link #NO_QUORUM_WAIT} when a sync write cannot reach as many replicas as it must wait for.
     */
    private long replicate(Simulation sim, long key) {
        long now = sim.now();
        int need = set.sync ? set.acksNeeded() : 0;
        int reachable = 0;
        if (need > 0) {
            if (roundTrips.length < set.members.size()) {
                roundTrips = new long[set.members.size()];
            }
            for (int i = 0; i < set.members.size(); i++) { // indexed: no iterator on the write path
                DatabaseNode r = set.members.get(i);
                if (r != this && r.reachable()) {
                    roundTrips[reachable++] = 2 * r.replicationLatencyUs();
                }
            }
        }
        // The ack leaves once the need-th fastest reachable replica has answered; without enough, never.
        long wait = need == 0 ? 0 : reachable < need ? NO_QUORUM_WAIT : nthSmallest(roundTrips, reachable, need);
        for (int i = 0; i < set.members.size(); i++) {
            DatabaseNode r = set.members.get(i);
            if (r == this) {
                continue;
            }
            long oneWay = r.replicationLatencyUs();
            if (set.sync && r.reachable() && oneWay <= wait) {
                continue; // applied on arrival, before the write is acknowledged: nothing is pending
            }
            long lag = set.sync || r.lagMeanUs == 0 ? 0 : Math.round(r.lagRng.nextExponential(Math.max(1, r.lagMeanUs)));
            long at = now + oneWay + lag + extraLagUs + r.extraLagUs;
            r.pending.addTo(key, 1);
            sim.engine().schedule(at, 10, r.handler, APPLY, (int) key, r.applyLog.ship(now));
        }
        return wait;
    }

    private boolean reachable() {
        return !down && (replicationLink == null || !replicationLink.partitioned);
    }

    /** The k-th smallest (1-based) of the first n values; sorts them in place (n is a handful of replicas). */
    private static long nthSmallest(long[] v, int n, int k) {
        java.util.Arrays.sort(v, 0, n);
        return v[k - 1];
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
                    lagGauge.applied(sim.now(), applyLog.apply(b), sim.measuring());
                }
            }
            case SYNC_TIMEOUT -> {
                if (!sim.table().isCurrent(a, b)) {
                    return;
                }
                syncWaiting--;
                sim.fail(a, down ? FailureReason.PART_DOWN : FailureReason.NO_QUORUM, index);
                admit(sim);
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

    /** A key that lived here moved to another shard and was just requested there: this part owes one copy. */
    void copyOut() {
        copiesOwed++;
    }

    /**
     * Copies are background work done alongside requests: each request served here also does one owed copy, which
     * costs one more mean service time (reading the key's data out and shipping it).
     */
    @Override
    long extraServiceUs(Simulation sim, int call) {
        if (copiesOwed == 0) {
            return 0;
        }
        copiesOwed--;
        if (sim.measuring()) {
            migrations++;
        }
        return Math.round(meanServiceUs());
    }

    private boolean unreachable() {
        return down || (replicationLink != null && replicationLink.partitioned);
    }

    /** The replication lag now, ms, for live views (NaN for a primary); see {@link LagGauge#nowMs}. */
    @Override
    double replicaLagMs(long now) {
        return isReplicaRole() ? lagGauge.nowMs(now, applyLog.oldestUnappliedUs(), unreachable()) : Double.NaN;
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
            lagGauge.report(out);
        }
        out.put("poolWaiting", (double) poolWait.size());
        if (set.resharded) {
            out.put("migrations", (double) migrations);
            out.put("copiesOwed", (double) copiesOwed);
            if (set.members.get(0) == this) {
                out.put("keysMoved", set.keysMoved);
                out.put("keysMovedIn", set.keysMovedIn);
            }
        }
    }
}
