package org.archsim.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The interview clock driven by a fake clock: counting, pause and resume, the warning phase, time's up. */
class PracticeTimerTest {

    private long now = 1_000_000_000L;
    private final PracticeTimer timer = new PracticeTimer(() -> now);

    private void advanceSeconds(double s) {
        now += (long) (s * 1e9);
        timer.tick();
    }

    @Test
    void countsDownFromFortyFiveMinutes() {
        timer.restart(PracticeTimer.DEFAULT_MILLIS);
        assertThat(timer.remainingMillisProperty().get()).isEqualTo(45 * 60_000L);
        assertThat(timer.textBinding().get()).isEqualTo("45:00");
        advanceSeconds(0.4);
        assertThat(timer.textBinding().get()).as("whole seconds round up").isEqualTo("45:00");
        advanceSeconds(61);
        assertThat(timer.remainingMillisProperty().get()).isEqualTo(45 * 60_000L - 61_400);
        assertThat(timer.textBinding().get()).isEqualTo("43:59");
        assertThat(timer.phase()).isEqualTo(PracticeTimer.Phase.NORMAL);
    }

    @Test
    void pausedTimeDoesNotCountAndResumeGoesOnFromThere() {
        timer.restart(10 * 60_000L);
        advanceSeconds(60);
        timer.pause();
        assertThat(timer.runningProperty().get()).isFalse();
        advanceSeconds(300);
        assertThat(timer.remainingMillisProperty().get()).as("five paused minutes cost nothing").isEqualTo(540_000);
        timer.toggle();
        assertThat(timer.runningProperty().get()).isTrue();
        advanceSeconds(30);
        assertThat(timer.remainingMillisProperty().get()).isEqualTo(510_000);
        timer.toggle();
        timer.toggle();
        advanceSeconds(10);
        assertThat(timer.remainingMillisProperty().get()).isEqualTo(500_000);
    }

    @Test
    void warnsInTheLastFiveMinutesAndStopsAtZero() {
        timer.restart(6 * 60_000L);
        advanceSeconds(59.999);
        assertThat(timer.phase()).isEqualTo(PracticeTimer.Phase.NORMAL);
        advanceSeconds(0.001);
        assertThat(timer.remainingMillisProperty().get()).isEqualTo(300_000);
        assertThat(timer.phase()).isEqualTo(PracticeTimer.Phase.WARNING);
        assertThat(timer.textBinding().get()).isEqualTo("5:00");
        advanceSeconds(299);
        assertThat(timer.textBinding().get()).isEqualTo("0:01");
        assertThat(timer.timesUpBinding().get()).isFalse();
        advanceSeconds(5);
        assertThat(timer.remainingMillisProperty().get()).isZero();
        assertThat(timer.phase()).isEqualTo(PracticeTimer.Phase.TIMES_UP);
        assertThat(timer.textBinding().get()).isEqualTo("Time's up");
        assertThat(timer.runningProperty().get()).as("the clock stops at zero").isFalse();
        assertThat(timer.timesUpBinding().get()).isTrue();
        timer.resume();
        assertThat(timer.runningProperty().get()).as("nothing to resume once time is up").isFalse();
    }

    @Test
    void restartSetsTheClockBack() {
        timer.restart(60_000);
        advanceSeconds(90);
        timer.restart(120_000);
        assertThat(timer.remainingMillisProperty().get()).isEqualTo(120_000);
        assertThat(timer.runningProperty().get()).isTrue();
        assertThatThrownBy(() -> timer.restart(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsMinutesAndSeconds() {
        assertThat(PracticeTimer.format(45 * 60_000L)).isEqualTo("45:00");
        assertThat(PracticeTimer.format(61_000)).isEqualTo("1:01");
        assertThat(PracticeTimer.format(1)).isEqualTo("0:01");
        assertThat(PracticeTimer.format(0)).isEqualTo("Time's up");
    }
}
