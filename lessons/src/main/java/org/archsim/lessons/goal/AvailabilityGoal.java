package org.archsim.lessons.goal;

/**
 * Behavioural: the fraction of requests answered successfully, overall or for one endpoint, over the measured run or
 * inside a window (e.g. while another service is crashed), is at least {@code min}.
 *
 * @param min      the smallest acceptable fraction, 0..1
 * @param endpoint endpoint name, or {@code null} for every request
 * @param window   a span of the run, or {@code null}
 */
public record AvailabilityGoal(double min, String endpoint, Window window) implements WindowedGoal {

    @Override
    public String describe() {
        return "availability" + ErrorRateGoal.scope(endpoint, window) + " at least " + Fmt.pct(min);
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        RunResult run = c.run();
        if (run == null) {
            return result(false, GoalContext.notRunnable());
        }
        long[] n = run.counts(endpoint, window);
        String goal = "; the goal is at least " + Fmt.pct(min);
        if (n == null || n[0] + n[1] == 0) {
            return result(false, "no request" + ErrorRateGoal.scope(endpoint, window)
                    + " ended, so there is no availability" + goal);
        }
        double a = (double) n[0] / (n[0] + n[1]);
        return result(a >= min, "availability" + ErrorRateGoal.scope(endpoint, window) + " was " + Fmt.pct(a) + goal);
    }
}
