package org.archsim.model;

import java.util.List;

/**
 * The parameters every link has: the network between two parts and the resilience policy of the calls made over it.
 * In design files they are written directly on the link object ({@code {"from":"a","to":"b","latencyMs":1}}).
 */
final class LinkParams {

    private LinkParams() {
    }

    static List<ParamSpec> all() {
        return List.of(
                ParamSpec.decimal("latencyMs", "ms", 0.0, 0.0, 600_000.0, "One-way network delay, each direction."),
                ParamSpec.decimal("jitterMs", "ms", 0.0, 0.0, 600_000.0,
                        "Random extra delay, uniform between 0 and this value, per message."),
                ParamSpec.decimal("lossRate", "", 0.0, 0.0, 1.0, "Fraction of messages lost on the way."),
                ParamSpec.decimal("probability", "", 1.0, 0.0, 1.0,
                        "Fraction of requests through the caller that make this call."),
                ParamSpec.choice("requestType", "any", List.of("any", "read", "write"),
                        "Only requests of this type take this link."),
                ParamSpec.text("endpoint", "", "Only requests for this endpoint take this link; empty = all endpoints."),
                ParamSpec.decimal("timeoutMs", "ms", 0.0, 0.0, 3_600_000.0,
                        "The caller gives up on a call after this long; 0 = waits forever."),
                ParamSpec.integer("retries", "", 0, 0, 20, "Extra attempts after a failed or timed-out call."),
                ParamSpec.decimal("retryBackoffMs", "ms", 100.0, 0.0, 3_600_000.0,
                        "Wait before the first retry; doubles on each further retry."),
                ParamSpec.bool("retryJitter", true, "Randomise each backoff (full jitter) so retries do not align."),
                ParamSpec.bool("circuitBreaker", false, "Stop calling after repeated failures and fail fast instead."),
                ParamSpec.decimal("breakerThreshold", "", 0.5, 0.01, 1.0,
                        "Failure fraction over the recent window that opens the breaker."),
                ParamSpec.integer("breakerWindow", "calls", 20, 1, 100_000, "Recent calls the failure fraction is taken over."),
                ParamSpec.decimal("breakerOpenMs", "ms", 5000.0, 1.0, 3_600_000.0,
                        "Time the breaker stays open before letting a trial call through (half-open)."),
                ParamSpec.integer("bulkhead", "calls", 0, 0, 100_000,
                        "Most calls in flight on this link at once; beyond it calls are rejected. 0 = no limit."));
    }
}
