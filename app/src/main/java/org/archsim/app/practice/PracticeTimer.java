package org.archsim.app.practice;

import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The interview clock: counts down from a duration (45 minutes by default), can be paused and resumed, and reports
 * a warning phase in its last five minutes and "time's up" at zero. It reads time from an injected clock and changes
 * only when {@link #tick()} is called (the panel ticks it a few times a second), so tests drive it with a fake clock.
 * Time's up is advisory: nothing stops the candidate from editing or running the interview afterwards.
 */
public final class PracticeTimer {

    /** The usual length of a design interview. */
    public static final long DEFAULT_MILLIS = 45 * 60_000L;
    /** From this much time left the clock shows its warning style. */
    public static final long WARNING_MILLIS = 5 * 60_000L;

    /** Where the clock stands, for the view's style. */
    public enum Phase { NORMAL, WARNING, TIMES_UP }

    private final LongSupplier nanos;
    private final ReadOnlyLongWrapper durationMillis = new ReadOnlyLongWrapper(this, "durationMillis", DEFAULT_MILLIS);
    private final ReadOnlyLongWrapper remainingMillis =
            new ReadOnlyLongWrapper(this, "remainingMillis", DEFAULT_MILLIS);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private long elapsedBeforeNanos;
    private long startedAtNanos;

    /** A stopped timer reading {@code nanos} (e.g. {@code System::nanoTime}) for the current time. */
    public PracticeTimer(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Sets the clock back to {@code millis} and starts it. */
    public void restart(long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("a practice session lasts more than 0 ms, not " + millis);
        }
        durationMillis.set(millis);
        elapsedBeforeNanos = 0;
        startedAtNanos = nanos.getAsLong();
        running.set(true);
        tick();
    }

    /** Stops the clock where it is; {@link #resume()} goes on from there. */
    public void pause() {
        if (running.get()) {
            elapsedBeforeNanos += nanos.getAsLong() - startedAtNanos;
            running.set(false);
            tick();
        }
    }

    /** Starts the clock again after {@link #pause()}; nothing once time is up. */
    public void resume() {
        if (!running.get() && remainingMillis.get() > 0) {
            startedAtNanos = nanos.getAsLong();
            running.set(true);
            tick();
        }
    }

    /** Pauses a running clock, resumes a paused one. */
    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            resume();
        }
    }

    /** Stops the clock for good (the session closed). */
    public void stop() {
        pause();
    }

    /** Reads the clock and updates {@link #remainingMillisProperty()}; at zero the clock stops. */
    public void tick() {
        long elapsed = elapsedBeforeNanos + (running.get() ? nanos.getAsLong() - startedAtNanos : 0);
        long left = Math.max(0, durationMillis.get() - elapsed / 1_000_000);
        remainingMillis.set(left);
        if (left == 0 && running.get()) {
            elapsedBeforeNanos = durationMillis.get() * 1_000_000;
            running.set(false);
        }
    }

    public ReadOnlyLongProperty remainingMillisProperty() {
        return remainingMillis.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty durationMillisProperty() {
        return durationMillis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The phase for {@code millis} left. */
    public static Phase phaseOf(long millis) {
        return millis <= 0 ? Phase.TIMES_UP : millis <= WARNING_MILLIS ? Phase.WARNING : Phase.NORMAL;
    }

    /** The current phase. */
    public Phase phase() {
        return phaseOf(remainingMillis.get());
    }

    /** True once the clock reached zero. */
    public BooleanBinding timesUpBinding() {
        return remainingMillis.isEqualTo(0);
    }

    /** {@code 44:59} (whole seconds rounded up, so 0:00 shows only when time is up), or {@code Time's up}. */
    public static String format(long millis) {
        if (millis <= 0) {
            return "Time's up";
        }
        long s = (millis + 999) / 1000;
        return String.format("%d:%02d", s / 60, s % 60);
    }

    /** {@link #format(long)} of the time left, kept current. */
    public StringBinding textBinding() {
        return Bindings.createStringBinding(() -> format(remainingMillis.get()), remainingMillis);
    }
}
