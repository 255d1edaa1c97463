package org.archsim.lessons.goal;

/**
 * Behavioural: successful requests per second, over the measured run or inside a window, are at least {@code minRps}.
 *
 * @param minRps the smallest acceptable rate
 * @param window a span of the run, or {@code null}
 */
public record ThroughputGoal(double minRps, Window window) implements WindowedGoal {

    @Override
    public String describe() {
        return "throughput" + ErrorRateGoal.scope(null, window) + " at least " + Fmt.rps(minRps);
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        RunResult run = c.run();
        if (run == null) {
            return result(false, GoalContext.notRunnable());
        }
        double rps;
        if (window == null) {
            rps = run.last().system().throughputRps();
        } else {
            rps = run.counts(null, window)[0] / (window.toS() - window.fromS());
        }
        return result(rps >= minRps, "throughput" + ErrorRateGoal.scope(null, window) + " was " + Fmt.rps(rps)
                + "; the goal is at least " + Fmt.rps(minRps));
    }
}
