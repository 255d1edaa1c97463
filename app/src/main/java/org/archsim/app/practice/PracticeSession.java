package org.archsim.app.practice;

import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.archsim.lessons.practice.Grader;
import org.archsim.lessons.practice.PracticeProblem;
import org.archsim.lessons.practice.Worksheet;
import org.archsim.model.Design;

/**
 * The practice panel's model: the problem being practised, its clock, the worksheet form and the interview run.
 * Running the interview grades a copy of the design taken at that moment (editing may go on meanwhile) with the
 * worksheet, or without one when every field is blank.
 */
public final class PracticeSession {

    private final ReadOnlyObjectWrapper<PracticeProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final PracticeTimer timer;
    private final WorksheetForm worksheet = new WorksheetForm();
    private final InterviewRun run;
    private long durationMillis = PracticeTimer.DEFAULT_MILLIS;
    private Design graded;

    /** A session grading on {@code background}, reporting on {@code ui}, timing with {@code nanos}. */
    public PracticeSession(Executor background, Executor ui, LongSupplier nanos) {
        this.timer = new PracticeTimer(nanos);
        this.run = new InterviewRun(background, ui, nanos);
    }

    /** The length of the next session's clock (default 45 minutes). */
    public void setDurationMillis(long millis) {
        durationMillis = millis;
    }

    /** Starts practising {@code p}: empty worksheet, no scorecard, the clock restarted. */
    public void start(PracticeProblem p) {
        problem.set(p);
        worksheet.clear();
        run.reset();
        graded = null;
        timer.restart(durationMillis);
    }

    /** Ends the session: no problem, clock stopped, a run under way dropped. */
    public void close() {
        run.reset();
        timer.stop();
        problem.set(null);
    }

    /**
     * Grades {@code design} (copied now) against the problem. Returns false and changes nothing when no problem is
     * open, a run is under way, or the worksheet has a bad field (its error says which).
     */
    public boolean runInterview(Design design) {
        PracticeProblem p = problem.get();
        if (p == null || run.stateProperty().get() == InterviewRun.State.RUNNING) {
            return false;
        }
        WorksheetForm.Parsed parsed = worksheet.parse();
        if (!parsed.ok()) {
            return false;
        }
        Worksheet w = parsed.worksheet().isBlank() ? null : parsed.worksheet();
        Design copy = design.copy();
        graded = copy;
        return run.start(cancelled -> Grader.grade(p, copy, w, cancelled));
    }

    /** The design as it was when the interview last ran (what the scorecard is about), or null. */
    public Design gradedDesign() {
        return graded;
    }

    public ReadOnlyObjectProperty<PracticeProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public PracticeTimer timer() {
        return timer;
    }

    public WorksheetForm worksheet() {
        return worksheet;
    }

    public InterviewRun run() {
        return run;
    }
}
