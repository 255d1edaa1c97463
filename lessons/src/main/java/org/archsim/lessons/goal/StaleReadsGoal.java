package org.archsim.lessons.goal;

/**
 * Behavioural: reads answered with data older than the latest write (stale reads, counted as wrong answers rather than
 * errors) number at most {@code max} over the measured run.
 *
 * @param max the most stale reads allowed (0 = none)
 */
public record StaleReadsGoal(long max) implements Goal {

    @Override
    public String describe() {
        return max == 0 ? "no stale reads" : "at most " + max + " stale reads";
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
        long n = run.last().system().staleReads();
        return result(n <= max, n + " read" + (n == 1 ? "" : "s") + " returned stale data; the goal is "
                + (max == 0 ? "none" : "at most " + max));
    }
}
