package org.archsim.sim.observe;

import java.util.List;

/**
 * The whole path of one sampled client request: every call it caused, in the order they were sent, each with its
 * network, queue and service times; and how it ended. Immutable. Work an orphaned call does after its caller gave up
 * is not part of the trace (the trace closes when the request ends at its client).
 *
 * @param requestId  the root request's id (see {@link SimListener#hop})
 * @param client     id of the client part that sent it
 * @param endpoint   endpoint name
 * @param startUs    when the client sent it
 * @param endUs      when it ended at the client
 * @param failure    failure reason id, or null on success
 * @param failedAt   id of the part where the failure began, or null
 * @param hops       the calls, in sending order
 */
public record RequestTrace(int requestId, String client, String endpoint, long startUs, long endUs, String failure,
                           String failedAt, List<TraceHop> hops) {

    public RequestTrace {
        hops = List.copyOf(hops);
    }

    /** End-to-end latency in µs. */
    public long latencyUs() {
        return endUs - startUs;
    }

    /** Whether the request succeeded. */
    public boolean ok() {
        return failure == null;
    }
}
