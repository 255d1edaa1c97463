package org.archsim.sim.observe;

/**
 * One part's state at an instant of a run, for live views: whether it is down, slowed, cut off by a partition or has
 * an open circuit breaker on a call it makes, and how busy it is.
 *
 * @param id          part id
 * @param down        crashed (or its zone lost)
 * @param slowed      a slow-down fault is in force
 * @param circuitOpen a circuit breaker on one of its outgoing links refuses calls
 * @param partitioned a partition fault cuts it off now: a partition in force names it (alone or in a set) and still
 *                    cuts at least one of its links, or every link to and from it is cut (link partitions)
 * @param busy        workers in service now
 * @param capacity    workers over all instances (a very large number for parts without a worker limit)
 * @param queued      calls waiting for a worker now
 * @param instances   instances now
 * @param replicaLagMs a database replica's measured replication lag now (commit on the primary to apply here,
 *                     recent writes; growing while the replica cannot apply), ms; NaN for any other part
 */
public record PartNow(String id, boolean down, boolean slowed, boolean circuitOpen, boolean partitioned, int busy,
                      int capacity, int queued, int instances, double replicaLagMs) {

    /** A part that no partition cuts off (views and benches that make up states need not say so). */
    public PartNow(String id, boolean down, boolean slowed, boolean circuitOpen, int busy, int capacity, int queued,
                   int instances, double replicaLagMs) {
        this(id, down, slowed, circuitOpen, false, busy, capacity, queued, instances, replicaLagMs);
    }

    /** Busy workers as a fraction of capacity, 0..1. */
    public double utilisation() {
        return capacity <= 0 ? 0 : Math.min(1.0, busy / (double) capacity);
    }
}
