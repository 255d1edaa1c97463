package org.archsim.app.run;

import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;

/**
 * A comparison of two designs under one scenario and seed, as a small state machine:
 * {@code IDLE → RUNNING → DONE | CANCELLED | FAILED}, and from any of the last three to {@code RUNNING} again.
 *
 * <p>Each design gets its own job on the {@code background} executor (two threads in the app, so the two run in
 * parallel; each {@link Simulation} is single-threaded and independent, so the figures are the same in parallel or
 * one after the other). A job reads its design, then advances its simulation one simulated second at a time,
 * publishing the time reached and checking whether its comparison is still current; so a Cancel, or the other design
 * failing, stops it within a simulated second. Everything observable changes on the {@code ui} executor (the FX
 * thread in the app, the calling thread in tests): progress is posted through one pending task per comparison, never
 * a flood. A result that arrives after a Cancel belongs to an old generation and is dropped.
 *
 * <p>The two reports equal those of {@code new Simulation(design, scenario).run()}: the engine is passive, so running
 * it in one-second steps changes nothing.
 */
final class CompareRun {

    /** Where the comparison stands. */
    enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /**
     * One design of the two: its name (a column of the table) and how to get it. {@code design} is called on the
     * background thread, so it may read a file (and throw); it must not touch the live document (copy that first).
     */
    record Side(String name, Callable<Design> design) {
    }

    /** How far a job runs between two checks for a cancel: one simulated second, like the interview grader. */
    static final long STEP_US = 1_000_000;

    private final Executor background;
    private final Executor ui;
    private final LongSupplier nanos;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<List<CompareFigures.Row>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyDoubleWrapper[] progress = {new ReadOnlyDoubleWrapper(), new ReadOnlyDoubleWrapper()};
    private final ReadOnlyStringWrapper[] progressText = {new ReadOnlyStringWrapper(""), new ReadOnlyStringWrapper("")};
    private final SimulationReport[] reports = new SimulationReport[2];
    private final String[] names = {"", ""};
    /** Bumped by every start, cancel and failure; a job whose comparison's number is no longer current stops. */
    private volatile long generation;
    private Attempt current;

    /** Runs on {@code background}, reports on {@code ui}, times the whole comparison with {@code nanos}. */
    CompareRun(Executor background, Executor ui, LongSupplier nanos) {
        this.background = background;
        this.ui = ui;
        this.nanos = nanos;
    }

    /** One start: its generation and what its two jobs have reached (written by the jobs, read on the ui side). */
    private final class Attempt {
        final long gen;
        final long durationUs;
        final long startNanos;
        final AtomicLongArray reachedUs = new AtomicLongArray(2);
        final AtomicBoolean progressPending = new AtomicBoolean();

        Attempt(long gen, long durationUs, long startNanos) {
            this.gen = gen;
            this.durationUs = durationUs;
            this.startNanos = startNanos;
        }

        boolean current() {
            return generation == gen;
        }
    }

    /**
     * Starts running {@code a} and {@code b} under {@code scenario}; false (and nothing happens) while a comparison is
     * under way.
     */
    boolean start(Side a, Side b, Scenario scenario) {
        if (state.get() == State.RUNNING) {
            return false;
        }
        Attempt at = new Attempt(++generation, Math.round(scenario.durationS() * 1e6), nanos.getAsLong());
        current = at;
        Side[] sides = {a, b};
        for (int i = 0; i < 2; i++) {
            names[i] = sides[i].name();
            reports[i] = null;
            progress[i].set(0);
            progressText[i].set(clock(0, at.durationUs));
        }
        rows.set(List.of());
        state.set(State.RUNNING);
        status.set(String.format(Locale.ROOT, "Running both designs for %s simulated seconds, seed %d…",
                secs(at.durationUs), scenario.seed()));
        for (int i = 0; i < 2; i++) {
            int side = i;
            background.execute(() -> runSide(at, side, sides[side], scenario));
        }
        return true;
    }

    /** Abandons a comparison under way: {@code CANCELLED} at once; its jobs stop within a simulated second. */
    void cancel() {
        if (state.get() != State.RUNNING) {
            return;
        }
        generation++;
        reports[0] = reports[1] = null;
        state.set(State.CANCELLED);
        status.set(String.format(Locale.ROOT, "Cancelled at %s s and %s s of %s simulated seconds.",
                secs(current.reachedUs.get(0)), secs(current.reachedUs.get(1)), secs(current.durationUs)));
    }

    // ---- the jobs (background threads) ------------------------------------------------------------------------------

    private void runSide(Attempt at, int i, Side side, Scenario scenario) {
        if (!at.current()) {
            return;
        }
        Design design;
        try {
            design = side.design().call();
        } catch (Exception e) {
            ui.execute(() -> failed(at, "Cannot read " + side.name() + ": " + readProblem(e)));
            return;
        }
        try {
            Simulation sim = new Simulation(design, scenario);
            for (long t = STEP_US; ; t += STEP_US) {
                if (!at.current()) {
                    return; // cancelled, or the other design failed: stop here, nothing to report
                }
                sim.runUntil(Math.min(t, at.durationUs));
                at.reachedUs.set(i, sim.now());
                postProgress(at);
                if (t >= at.durationUs) {
                    break;
                }
            }
            SimulationReport report = sim.report();
            ui.execute(() -> sideDone(at, i, report));
        } catch (RuntimeException | StackOverflowError e) {
            String where = secs(at.reachedUs.get(i));
            ui.execute(() -> failed(at, "The simulation of " + side.name() + " failed after " + where + " s: "
                    + message(e)));
        }
    }

    /** At most one progress task waits on the ui executor per comparison; it shows the latest times reached. */
    private void postProgress(Attempt at) {
        if (at.progressPending.compareAndSet(false, true)) {
            ui.execute(() -> {
                at.progressPending.set(false);
                if (at.current()) {
                    for (int i = 0; i < 2; i++) {
                        showReached(i, at.reachedUs.get(i), at.durationUs);
                    }
                }
            });
        }
    }

    // ---- outcomes (ui executor) -------------------------------------------------------------------------------------

    private void sideDone(Attempt at, int i, SimulationReport report) {
        if (!at.current()) {
            return; // a late result after a Cancel (or after the other side failed)
        }
        reports[i] = report;
        showReached(i, at.durationUs, at.durationUs);
        if (reports[0] != null && reports[1] != null) {
            rows.set(CompareFigures.rows(reports[0], reports[1]));
            state.set(State.DONE);
            status.set(String.format(Locale.ROOT, "Both runs finished in %.1f s.",
                    (nanos.getAsLong() - at.startNanos) / 1e9));
        }
    }

    private void failed(Attempt at, String why) {
        if (!at.current()) {
            return;
        }
        generation++; // stops the other design's job too
        reports[0] = reports[1] = null;
        state.set(State.FAILED);
        status.set(why);
    }

    private void showReached(int i, long reachedUs, long durationUs) {
        progress[i].set(durationUs == 0 ? 1 : (double) reachedUs / durationUs);
        progressText[i].set(clock(reachedUs, durationUs));
    }

    private static String clock(long reachedUs, long durationUs) {
        return secs(reachedUs) + " s / " + secs(durationUs) + " s";
    }

    private static String secs(long us) {
        return String.format(Locale.ROOT, "%.0f", Math.floor(us / 1e6));
    }

    /** A reading problem as the user can act on it: the file, line and column of a format error, or why not found. */
    private static String readProblem(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file " + e.getMessage();
        }
        return message(e);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
    }

    // ---- what the window shows --------------------------------------------------------------------------------------

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** A sentence on what is happening or what happened (the located message when something failed). */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The side-by-side figures; empty until both runs finish. */
    ReadOnlyObjectProperty<List<CompareFigures.Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Side {@code i}'s (0 or 1) simulated time reached, as a fraction of the scenario. */
    ReadOnlyDoubleProperty progressProperty(int i) {
        return progress[i].getReadOnlyProperty();
    }

    /** Side {@code i}'s simulated time reached, e.g. "12 s / 60 s". */
    ReadOnlyStringProperty progressTextProperty(int i) {
        return progressText[i].getReadOnlyProperty();
    }

    /** Side {@code i}'s name in the latest start. */
    String name(int i) {
        return names[i];
    }

    /** Side {@code i}'s final report once its run finished; null before, and after a cancel or a failure. */
    SimulationReport report(int i) {
        return reports[i];
    }

    /** The simulated time side {@code i}'s job reached in the latest start, µs (its job writes it as it goes). */
    long reachedUs(int i) {
        return current == null ? 0 : current.reachedUs.get(i);
    }
}
