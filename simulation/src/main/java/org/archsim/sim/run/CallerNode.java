package org.archsim.sim.run;

import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;

/**
 * A part that, after its own work, calls its matching outgoing links one after another in document order (services,
 * workers). A link matches when its request-type and endpoint filters accept the request and its {@code probability}
 * draw succeeds. A failed call is retried per the link's policy (exponential backoff, optional full jitter); when
 * retries run out the part answers with a degraded success if {@code fallback} is on, else it fails.
 *
 * <p>Subclasses that pick one target instead of calling all override {@link #nextLink(Simulation, int)}.
 */
class CallerNode extends Node {

    /** Returned by {@link #nextLink} when it has already answered the call itself (e.g. failed it). */
    static final int HANDLED = Integer.MIN_VALUE;

    final boolean fallback;
    final RandomStream routeRng;
    private final RandomStream retryRng;
    /** Data-store plan (cache-aside, replica sets, shards), or null: see {@link CallPlan}. */
    CallPlan plan;

    CallerNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
        this.fallback = has(c, "fallback") && c.boolParam("fallback");
        this.routeRng = sim.streams().stream("route/" + id);
        this.retryRng = sim.streams().stream("retry/" + id);
    }

    @Override
    final void afterService(Simulation sim, int call) {
        sim.table().setAttempt(call, 0);
        continuePlan(sim, call);
    }

    /** Calls the next link of the plan, or answers when the plan is done. */
    final void continuePlan(Simulation sim, int call) {
        int link = nextLink(sim, call);
        if (link == HANDLED) {
            return;
        }
        if (link < 0) {
            sim.complete(call);
        } else {
            sim.callOut(call, link);
        }
    }

    /**
     * The next link to call for {@code call}, advancing the call's plan cursor ({@code next}: the position in
     * {@link #out} after the link being called), -1 when the plan is done, or {@link #HANDLED}.
     */
    int nextLink(Simulation sim, int call) {
        if (plan != null) {
            return plan.nextLink(sim, this, call);
        }
        RequestTable t = sim.table();
        int step = t.next(call);
        while (step < out.length) {
            LinkRt l = sim.topology().link(out[step]);
            step++;
            if (l.accepts(t.type(call), t.endpoint(call))
                    && (l.probability >= 1.0 || routeRng.nextDouble() < l.probability)) {
                t.setNext(call, step);
                return l.index;
            }
        }
        t.setNext(call, step);
        return -1;
    }

    /** The link a retry of the current step goes over (by default the same one). */
    int retryLink(Simulation sim, int call, int failedLink) {
        return plan != null ? plan.retryLink(sim, call, failedLink) : failedLink;
    }

    @Override
    void childDone(Simulation sim, int call, int link, boolean ok, FailureReason reason, int where) {
        RequestTable t = sim.table();
        if (down) {
            sim.fail(call, FailureReason.PART_DOWN, index);
            return;
        }
        if (plan != null) {
            ok = plan.onAnswer(sim, call, link, ok, where);
        }
        if (ok) {
            afterService(sim, call);
            return;
        }
        LinkRt l = sim.topology().link(link);
        int attempt = t.attempt(call);
        if (attempt < l.retries) {
            t.setAttempt(call, attempt + 1);
            if (sim.measuring()) {
                metrics.retries++;
            }
            long backoff = l.backoffUs << Math.min(20, attempt);
            if (l.retryJitter) {
                backoff = (long) (retryRng.nextDouble() * backoff);
            }
            sim.scheduleCall(backoff, Simulation.RETRY, call);
            return;
        }
        if (fallback) {
            if (sim.measuring()) {
                metrics.fallbacks++;
            }
            t.setAttempt(call, 0);
            continuePlan(sim, call);
            return;
        }
        sim.failDownstream(call, reason, where);
    }

    /** A scheduled retry is due. */
    void retry(Simulation sim, int call) {
        if (down) {
            sim.fail(call, FailureReason.PART_DOWN, index);
            return;
        }
        int failed = out[sim.table().next(call) - 1]; // the plan cursor still points just past the failed link
        sim.callOut(call, retryLink(sim, call, failed));
    }
}
