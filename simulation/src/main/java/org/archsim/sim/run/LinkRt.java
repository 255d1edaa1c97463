package org.archsim.sim.run;

import org.archsim.model.Link;
import org.archsim.sim.engine.RequestTable;

/**
 * A link as the engine sees it: its network figures and call policy read once from the design into plain fields,
 * plus the live state the policy needs (calls in flight, circuit-breaker window, faults).
 */
final class LinkRt {

    static final int ANY_ENDPOINT = -1;
    static final byte ANY_TYPE = -1;

    final int index;
    final String id;
    final int from;
    final int to;
    final long latencyUs;
    final long jitterUs;
    final double lossRate;
    final double probability;
    final byte requestType;
    final int endpoint;
    final long timeoutUs;
    final int retries;
    final long backoffUs;
    final boolean retryJitter;
    final CircuitBreaker breaker;
    final int bulkhead;

    /** Deadlines of the calls on this link that have a timeout (one engine event per link, not per call). */
    final LinkTimeouts timeouts = new LinkTimeouts();
    /** The timeout every call on this link gets: its own, or the default for a lost message on a link without one. */
    final long effectiveTimeoutUs;

    /** Calls sent over this link and not yet answered (or timed out), for least-connections and bulkheads. */
    int inFlight;
    /** Fault state: messages are dropped while partitioned. */
    boolean partitioned;
    /** Fault state: extra loss on top of {@link #lossRate}. */
    double extraLoss;
    /** Fault state: calls hang (are never answered) so only a timeout ends them. */
    boolean hanging;

    LinkRt(int index, Link link, int from, int to, int endpoint) {
        this.index = index;
        this.id = link.id();
        this.from = from;
        this.to = to;
        this.latencyUs = Math.round(link.doubleParam("latencyMs") * 1000);
        this.jitterUs = Math.round(link.doubleParam("jitterMs") * 1000);
        this.lossRate = link.doubleParam("lossRate");
        this.probability = link.doubleParam("probability");
        this.requestType = switch (link.textParam("requestType")) {
            case "read" -> RequestTable.READ;
            case "write" -> RequestTable.WRITE;
            default -> ANY_TYPE;
        };
        this.endpoint = endpoint;
        this.timeoutUs = Math.round(link.doubleParam("timeoutMs") * 1000);
        this.retries = link.intParam("retries");
        this.backoffUs = Math.round(link.doubleParam("retryBackoffMs") * 1000);
        this.retryJitter = link.boolParam("retryJitter");
        this.breaker = link.boolParam("circuitBreaker")
                ? new CircuitBreaker(link.intParam("breakerWindow"), link.doubleParam("breakerThreshold"),
                        Math.round(link.doubleParam("breakerOpenMs") * 1000))
                : null;
        this.bulkhead = link.intParam("bulkhead");
        this.effectiveTimeoutUs = timeoutUs > 0 ? timeoutUs : Simulation.DEFAULT_CALL_TIMEOUT_US;
    }

    /** Whether a request of this type and endpoint may take this link (its filters accept it). */
    boolean accepts(byte type, int requestEndpoint) {
        return (requestType == ANY_TYPE || requestType == type)
                && (endpoint == ANY_ENDPOINT || endpoint == requestEndpoint);
    }

    /** Loss probability now, faults included. */
    double loss() {
        return Math.min(1.0, lossRate + extraLoss);
    }
}
