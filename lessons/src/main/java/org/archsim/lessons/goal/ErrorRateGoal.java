package org.archsim.lessons.goal;

/**
 * Behavioural: the fraction of requests that failed, overall or for one endpoint, over the measured run or inside a
 * window (e.g. while the primary is down), is at most {@code max}.
 *
 * @param max      the largest acceptable fraction, 0..1
 * @param endpoint endpoint name, or {@code null} for every request
 * @param window   a span of the run, or {@code null} for all of it after warm-up
 */
public record ErrorRateGoal(double max, String endpoint, Window window) implements WindowedGoal {

    @Override
    public String describe() {
        return "error rate" + scope(endpoint, window) + " at most " + Fmt.pct(max);
    }

    static String scope(String endpoint, Window window) {
        return (endpoint == null ? "" : " of " + endpoint) + (window == null ? "" : " " + window.label());
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        RunResult run = c.run();
        if (run == null) {
            return result(false, GoalContext.notRunnable());
        }
        long[] n = run.counts(endpoint, window);
        String goal = "; the goal is at most " + Fmt.pct(max);
        if (n == null || n[0] + n[1] == 0) {
            return result(false, "no request" + scope(endpoint, window) + " ended, so there is no error rate" + goal);
        }
        double rate = (double) n[1] / (n[0] + n[1]);
        return result(rate <= max, "the error rate" + scope(endpoint, window) + " was " + Fmt.pct(rate)
                + " (" + n[1] + " of " + (n[0] + n[1]) + " requests failed)" + goal);
    }
}
