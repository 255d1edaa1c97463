package org.archsim.lessons.goal;

import java.util.Objects;

/**
 * The outcome of one goal: pass or fail, and one sentence a learner can read that says what was measured against
 * what the goal asks, e.g. {@code p99 latency was 412 ms; the goal is at most 200 ms}.
 *
 * @param goal    the goal's checklist text
 * @param passed  whether the goal holds
 * @param message the measured figure against the target, in one sentence
 */
public record GoalResult(String goal, boolean passed, String message) {

    public GoalResult {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(message, "message");
    }
}
