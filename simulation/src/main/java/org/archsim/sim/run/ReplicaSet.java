package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A primary database and the replicas it links to, as one unit that survives failover: {@link #primary} is whichever
 * member takes writes now. Built once by {@link DataWiring}; a lone primary is a set of one.
 */
final class ReplicaSet {

    /** Members in document order: the original primary first, then its replicas. */
    final List<DatabaseNode> members = new ArrayList<>();
    final boolean sync;
    /** Replica acknowledgements a sync write waits for; 0 = every replica (read from the original primary). */
    final int writeAcks;
    final long syncTimeoutUs;
    final long failoverUs;
    DatabaseNode primary;
    /** True from the primary's crash until a replica is promoted (or the primary returns first). */
    boolean electing;
    /** Bumped when an election starts or is cancelled, so a stale promotion event is ignored. */
    int electionEpoch;
    long failovers;
    long lostWrites;
    /** Set once a shard group holding this set changed its shards during the run (then the figures below count). */
    boolean resharded;
    /** The largest fraction of the key space one change of the shard set moved. */
    double keysMoved;
    /** The fraction of the key space that moved onto this shard, summed over the changes. */
    double keysMovedIn;

    ReplicaSet(DatabaseNode primary) {
        this.primary = primary;
        this.sync = primary.component.textParam("replication").equals("sync");
        this.writeAcks = primary.component.intParam("writeAcks");
        this.syncTimeoutUs = Math.round(primary.component.doubleParam("syncTimeoutMs") * 1000);
        this.failoverUs = Math.round(primary.component.doubleParam("failoverTimeoutMs") * 1000);
        members.add(primary);
    }

    /** Acknowledgements a sync write needs now: {@code writeAcks} (0 = all) capped by the other members. */
    int acksNeeded() {
        int others = members.size() - 1;
        return writeAcks == 0 ? others : Math.min(writeAcks, others);
    }

    /** Whether {@code n} serves reads as a replica now (it is a member, not the primary, and up). */
    boolean readable(DatabaseNode n) {
        return n != primary && !n.down;
    }
}
