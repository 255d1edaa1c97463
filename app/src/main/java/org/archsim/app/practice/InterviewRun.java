package org.archsim.app.practice;

import java.util.concurrent.Executor;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.archsim.lessons.practice.Scorecard;

/**
 * "Run the interview" as a small state machine: {@code IDLE → RUNNING → DONE | CANCELLED | FAILED}, and from any of
 * the last three to {@code RUNNING} again. The grading job runs on the {@code background} executor and its outcome
 * is handed back on the {@code ui} executor (the FX thread in the app, the calling thread in tests). Cancel returns
 * at once: the job is told through the {@link BooleanSupplier} it is given (the grader checks it every simulated
 * second and stops with a {@link CancellationException}), and a result that still arrives is recognised by its
 * generation number and dropped.
 */
public final class InterviewRun {

    /** Where the run stands. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private final Executor background;
    private final Executor ui;
    private final LongSupplier nanos;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyObjectWrapper<Scorecard> scorecard = new ReadOnlyObjectWrapper<>(this, "scorecard");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** Bumped by every start, cancel and reset; a job whose number is no longer current was cancelled. */
    private volatile long generation;

    /** Runs on {@code background}, reports on {@code ui}, times with {@code nanos}. */
    public InterviewRun(Executor background, Executor ui, LongSupplier nanos) {
        this.background = background;
        this.ui = ui;
        this.nanos = nanos;
    }

    /**
     * Starts {@code grading}, handing it a "cancelled?" check; false (and nothing happens) while a run is under way.
     */
    public boolean start(Function<BooleanSupplier, Scorecard> grading) {
        if (state.get() == State.RUNNING) {
            return false;
        }
        long gen = ++generation;
        long t0 = nanos.getAsLong();
        scorecard.set(null);
        state.set(State.RUNNING);
        status.set("Running the interview: the problem's load, then its faults, on your design…");
        background.execute(() -> {
            Scorecard card;
            try {
                card = grading.apply(() -> generation != gen);
            } catch (CancellationException e) {
                return;  // the state already says cancelled
            } catch (RuntimeException e) {
                ui.execute(() -> failed(gen, e));
                return;
            }
            ui.execute(() -> done(gen, card, (nanos.getAsLong() - t0) / 1e9));
        });
        return true;
    }

    /** Abandons a run under way: the state is {@code CANCELLED} at once and its result, when it comes, is dropped. */
    public void cancel() {
        if (state.get() == State.RUNNING) {
            generation++;
            state.set(State.CANCELLED);
            status.set("Cancelled. Change the design and run the interview again when ready.");
        }
    }

    /** Back to {@code IDLE} with no scorecard (a new problem); a run under way is dropped. */
    public void reset() {
        generation++;
        scorecard.set(null);
        status.set("");
        state.set(State.IDLE);
    }

    private void done(long gen, Scorecard card, double seconds) {
        if (gen != generation) {
            return;
        }
        scorecard.set(card);
        state.set(State.DONE);
        status.set(String.format("Graded in %.1f s: %s.", seconds, card.tally()));
    }

    private void failed(long gen, RuntimeException e) {
        if (gen != generation) {
            return;
        }
        state.set(State.FAILED);
        status.set("The interview could not run: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The latest scorecard; {@code null} before the first run finishes and while a new one runs. */
    public ReadOnlyObjectProperty<Scorecard> scorecardProperty() {
        return scorecard.getReadOnlyProperty();
    }

    /** A sentence on what is happening or what happened. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a run is under way. */
    public BooleanBinding runningBinding() {
        return state.isEqualTo(State.RUNNING);
    }
}
