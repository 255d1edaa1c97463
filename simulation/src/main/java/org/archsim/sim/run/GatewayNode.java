package org.archsim.sim.run;

import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;

/**
 * An API gateway: a token bucket refuses requests beyond {@code rateLimitRps} (burst {@code rateLimitBurst}) with
 * {@code RATE_LIMITED}; the rest are authenticated ({@code authLatencyMs} added to the gateway's own work) and routed
 * to one service: the first link whose endpoint filter names the request's endpoint, else a link without a filter
 * (round robin among equals). No matching link fails the request with {@code NO_ROUTE}.
 */
final class GatewayNode extends CallerNode {

    private final double ratePerUs;
    private final double burst;
    private double tokens;
    private long refilledAt;
    private final long authUs;
    private final EndpointRouter router = new EndpointRouter();

    GatewayNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
        this.ratePerUs = c.doubleParam("rateLimitRps") / 1e6;
        this.burst = c.intParam("rateLimitBurst");
        this.tokens = burst;
        this.authUs = Math.round(c.doubleParam("authLatencyMs") * 1000);
    }

    @Override
    void arrive(Simulation sim, int call) {
        if (ratePerUs > 0 && !down) {
            long now = sim.now();
            tokens = Math.min(burst, tokens + (now - refilledAt) * ratePerUs);
            refilledAt = now;
            if (tokens < 1) {
                if (sim.measuring()) {
                    metrics.arrivals++;
                }
                sim.table().setHop(call, index);
                sim.table().setNext(call, QUEUED);
                sim.fail(call, FailureReason.RATE_LIMITED, index);
                return;
            }
            tokens -= 1;
        }
        super.arrive(sim, call);
    }

    @Override
    long extraServiceUs(Simulation sim, int call) {
        return authUs;
    }

    @Override
    int nextLink(Simulation sim, int call) {
        RequestTable t = sim.table();
        if (t.next(call) != 0) {
            t.setNext(call, out.length);
            return -1;
        }
        int pos = router.choose(sim.topology(), out, t.type(call), t.endpoint(call));
        if (pos < 0) {
            t.setNext(call, out.length);
            sim.fail(call, FailureReason.NO_ROUTE, index);
            return HANDLED;
        }
        t.setNext(call, pos + 1);
        return out[pos];
    }
}
