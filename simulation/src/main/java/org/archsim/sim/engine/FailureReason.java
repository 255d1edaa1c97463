package org.archsim.sim.engine;

/**
 * Why a request failed, stored as a byte {@link #code()} in {@link RequestTable}.
 *
 * <p>Codes are positions in this enum: they are for in-memory storage only and must not be persisted.
 */
public enum FailureReason {
    /** The request has not failed. */
    NONE,
    /** Its deadline or a per-call timeout passed. */
    TIMED_OUT,
    /** Rejected because a bounded queue was full. */
    QUEUE_FULL,
    /** The part it reached (or had to reach) was down. */
    PART_DOWN,
    /** A circuit breaker was open. */
    CIRCUIT_OPEN,
    /** A rate limiter refused it. */
    RATE_LIMITED,
    /** A load balancer had no healthy backend. */
    NO_HEALTHY_BACKEND,
    /** A link on its path was partitioned. */
    NETWORK_PARTITION,
    /** Lost on a lossy link. */
    PACKET_LOST,
    /** A write could not be accepted (failover in progress or database read-only). */
    WRITE_UNAVAILABLE,
    /** A bulkhead (a cap on concurrent calls over one link) was full. */
    BULKHEAD_FULL,
    /** No outgoing link accepts the request (no route for its endpoint or type). */
    NO_ROUTE,
    /** A queue consumer gave up on a message after every retry; it went to the dead-letter queue. */
    DEAD_LETTERED,
    /** A sync write could not reach the replicas it must wait for; it failed after the sync timeout. */
    NO_QUORUM;

    private static final FailureReason[] BY_CODE = values();

    /** The byte stored for this reason. */
    public byte code() {
        return (byte) ordinal();
    }

    /** The reason stored as {@code code}. */
    public static FailureReason fromCode(int code) {
        return BY_CODE[code];
    }
}
