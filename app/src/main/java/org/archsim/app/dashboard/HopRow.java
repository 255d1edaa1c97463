package org.archsim.app.dashboard;

import org.archsim.sim.observe.TraceHop;

/**
 * One hop of a followed request, in milliseconds; a time that did not happen is NaN (shown as "—").
 *
 * @param depth      nesting depth (0 for the client's own call), for indenting
 * @param from       caller id
 * @param to         callee id
 * @param attempt    0 for the first try, 1.. for retries
 * @param networkMs  time on the wire to the callee plus back to the caller
 * @param queueMs    waiting for a worker at the callee
 * @param serviceMs  the callee's own work
 * @param outcome    {@code ok}, or the failure reason and where it began
 */
public record HopRow(int depth, String from, String to, int attempt, double networkMs, double queueMs,
                     double serviceMs, String outcome) {

    static HopRow of(TraceHop h, int depth) {
        double out = ms(h.networkUs());
        double back = ms(h.responseNetworkUs());
        double net = Double.isNaN(out) ? Double.NaN : Double.isNaN(back) ? out : out + back;
        String outcome = h.ok() ? "ok" : h.failure() + (h.failedAt() == null ? "" : " at " + h.failedAt());
        return new HopRow(depth, h.from(), h.to(), h.attempt(), net, ms(h.queueWaitUs()), ms(h.serviceUs()), outcome);
    }

    private static double ms(long us) {
        return us < 0 ? Double.NaN : us / 1000.0;
    }
}
