package org.archsim.lessons.goal;

import org.archsim.sim.metrics.LatencySnapshot;
import org.archsim.sim.report.EndpointStats;

/**
 * Behavioural: end-to-end latency of successful requests (mean, p50, p95 or p99), overall or for one endpoint, over the
 * measured part of the run, is at most {@code maxMs}.
 *
 * @param stat     {@code mean}, {@code p50}, {@code p95} or {@code p99}
 * @param maxMs    the limit in milliseconds
 * @param endpoint endpoint name, or {@code null} for every request
 */
public record LatencyGoal(String stat, double maxMs, String endpoint) implements Goal {

    @Override
    public String describe() {
        return stat + " latency" + of() + " at most " + Fmt.ms(maxMs);
    }

    private String of() {
        return endpoint == null ? "" : " of " + endpoint;
    }

    @Override
    public boolean behavioural() {
        return true;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        RunResult run = c.run();
        if (run == null) {
            return result(false, GoalContext.notRunnable());
        }
        LatencySnapshot l;
        if (endpoint == null) {
            l = run.last().system().latency();
        } else {
            EndpointStats e = run.last().endpoints().get(endpoint);
            if (e == null) {
                return result(false, "no request for " + endpoint + " reached the design; the goal is " + stat
                        + " latency at most " + Fmt.ms(maxMs));
            }
            l = e.latency();
        }
        String goal = "; the goal is at most " + Fmt.ms(maxMs);
        if (l.count() == 0) {
            return result(false, "no request" + of() + " completed, so there is no " + stat + " latency" + goal);
        }
        double v = switch (stat) {
            case "mean" -> l.meanMs();
            case "p50" -> l.p50Ms();
            case "p95" -> l.p95Ms();
            default -> l.p99Ms();
        };
        return result(v <= maxMs, stat + " latency" + of() + " was " + Fmt.ms(v) + goal);
    }
}
