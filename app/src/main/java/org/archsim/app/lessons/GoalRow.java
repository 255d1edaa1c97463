package org.archsim.app.lessons;

/**
 * One line of the goal checklist: the goal, its state, and after a run the sentence saying what was measured.
 *
 * @param goal    the goal's checklist text
 * @param state   not run yet, met, or failed
 * @param message the measured figure against the target, empty before a run
 */
public record GoalRow(String goal, State state, String message) {

    /** Where a goal stands. */
    public enum State {
        NOT_RUN("○"), PASSED("✓"), FAILED("✗");

        private final String mark;

        State(String mark) {
            this.mark = mark;
        }

        /** The mark shown before the goal. */
        public String mark() {
            return mark;
        }
    }
}
