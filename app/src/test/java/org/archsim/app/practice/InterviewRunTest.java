package org.archsim.app.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.archsim.app.practice.InterviewRun.State;
import org.archsim.lessons.practice.ScoreRow;
import org.archsim.lessons.practice.Scorecard;
import org.junit.jupiter.api.Test;

/** Run states: idle → running → done, cancelled or failed; a cancelled run's late result is dropped. */
class InterviewRunTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private long now;
    private final InterviewRun run = new InterviewRun(background::add, Runnable::run, () -> now);

    private static Scorecard card(boolean passed) {
        return new Scorecard("p", "P", "d", List.of(new ScoreRow("no single point of failure", passed, "why")),
                List.of());
    }

    @Test
    void idleThenRunningThenDone() {
        assertThat(run.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(run.start(c -> card(true))).isTrue();
        assertThat(run.stateProperty().get()).isEqualTo(State.RUNNING);
        assertThat(run.runningBinding().get()).isTrue();
        assertThat(run.start(c -> card(false))).as("one run at a time").isFalse();
        now += 1_500_000_000L;
        background.remove().run();
        assertThat(background).isEmpty();
        assertThat(run.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(run.scorecardProperty().get().passed()).isTrue();
        assertThat(run.statusProperty().get()).isEqualTo("Graded in 1.5 s: 1 of 1 criteria met.");
    }

    @Test
    void cancelDropsTheLateResult() {
        run.start(c -> card(true));
        run.cancel();
        assertThat(run.stateProperty().get()).isEqualTo(State.CANCELLED);
        background.remove().run();
        assertThat(run.stateProperty().get()).as("the result came after Cancel").isEqualTo(State.CANCELLED);
        assertThat(run.scorecardProperty().get()).isNull();
        assertThat(run.statusProperty().get()).startsWith("Cancelled.");

        assertThat(run.start(c -> card(false))).as("a new run after a cancel").isTrue();
        background.remove().run();
        assertThat(run.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(run.scorecardProperty().get().passed()).isFalse();
    }

    @Test
    void theJobIsToldOfTheCancelAndItsCancellationIsNotAFailure() {
        boolean[] seen = new boolean[2];
        run.start(cancelled -> {
            seen[0] = cancelled.getAsBoolean();
            run.cancel();  // as if Cancel were pressed while the job runs
            seen[1] = cancelled.getAsBoolean();
            throw new java.util.concurrent.CancellationException("stopped");
        });
        background.remove().run();
        assertThat(seen).containsExactly(false, true);
        assertThat(run.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(run.statusProperty().get()).startsWith("Cancelled.");
    }

    @Test
    void aThrowingGraderFails() {
        run.start(c -> {
            throw new IllegalStateException("the design has no clients");
        });
        background.remove().run();
        assertThat(run.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(run.statusProperty().get()).isEqualTo("The interview could not run: the design has no clients");
        assertThat(run.start(c -> card(true))).isTrue();
    }

    @Test
    void cancelOnlyAffectsARunUnderWayAndResetForgets() {
        run.cancel();
        assertThat(run.stateProperty().get()).isEqualTo(State.IDLE);
        run.start(c -> card(true));
        background.remove().run();
        run.cancel();
        assertThat(run.stateProperty().get()).isEqualTo(State.DONE);
        run.start(c -> card(true));
        run.reset();
        background.remove().run();
        assertThat(run.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(run.scorecardProperty().get()).isNull();
    }
}
