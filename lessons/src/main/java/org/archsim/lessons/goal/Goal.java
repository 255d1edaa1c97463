package org.archsim.lessons.goal;

import java.util.List;

/**
 * One thing a lesson asks of the learner's design. Structural goals look at the design alone; behavioural goals look
 * at a simulation run of the lesson's scenario, handed over by the {@link GoalContext}. Goals are data: they hold
 * only their targets, and evaluating one never changes the design.
 */
public interface Goal {

    /** The goal as a checklist line, e.g. {@code p99 latency at most 200 ms}. */
    String describe();

    /** Whether the goal needs a simulation run. */
    boolean behavioural();

    /** The moments (seconds) the run must be sampled at for this goal's windows; empty for whole-run figures. */
    default List<Double> checkpoints() {
        return List.of();
    }

    /** Evaluates the goal; never throws for a design that merely fails it. */
    GoalResult evaluate(GoalContext context);

    /** A result for this goal. */
    default GoalResult result(boolean passed, String message) {
        return new GoalResult(describe(), passed, message);
    }
}
