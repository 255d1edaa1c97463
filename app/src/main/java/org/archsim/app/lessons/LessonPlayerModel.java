package org.archsim.app.lessons;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.goal.GoalResult;
import org.archsim.lessons.session.LessonProgress;
import org.archsim.lessons.session.LessonSession;
import org.archsim.model.Design;

/**
 * The lesson panel's model: the open lesson and its {@link LessonSession}, the goal checklist, the hints revealed so
 * far, the predict-first question, and Run &amp; Check. A check runs the lesson's goals on a copy of the design on the
 * {@code background} executor and hands the results back on the {@code ui} executor (the FX thread in the app; the
 * calling thread in tests), so the UI never waits for a simulation. Every change of progress goes to
 * {@code onProgress} to be saved.
 */
public final class LessonPlayerModel {

    private final Executor background;
    private final Executor ui;
    private final Consumer<LessonProgress> onProgress;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ObservableList<GoalRow> goals = FXCollections.observableArrayList();
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    // One read-only view each, kept: listeners added to a view live only as long as the view does.
    private final ObservableList<GoalRow> goalsView = FXCollections.unmodifiableObservableList(goals);
    private final ObservableList<String> hintsView = FXCollections.unmodifiableObservableList(hints);
    private final ReadOnlyIntegerWrapper hintsLeft = new ReadOnlyIntegerWrapper(this, "hintsLeft");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper completed = new ReadOnlyBooleanWrapper(this, "completed");
    private final ReadOnlyBooleanWrapper awaitsPrediction = new ReadOnlyBooleanWrapper(this, "awaitsPrediction");
    private final ReadOnlyStringWrapper predictionFeedback = new ReadOnlyStringWrapper(this, "predictionFeedback", "");
    private final ReadOnlyObjectWrapper<Integer> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private LessonPack pack;
    private LessonSession session;
    private long generation;

    /** A player running checks on {@code background}, reporting on {@code ui}, saving through {@code onProgress}. */
    public LessonPlayerModel(Executor background, Executor ui, Consumer<LessonProgress> onProgress) {
        this.background = background;
        this.ui = ui;
        this.onProgress = onProgress;
    }

    /**
     * Opens {@code l} of {@code p}, resuming {@code progress}: its revealed hints, the chosen prediction and (after a
     * run) the verdict on it come back.
     */
    public void open(LessonPack p, Lesson l, LessonProgress progress) {
        generation++;
        pack = p;
        session = new LessonSession(l, progress);
        prediction.set(progress.prediction()); // before the lesson: the panel redraws the question when that changes
        predictionFeedback.set(feedback(session));
        lesson.set(l);
        hints.setAll(session.revealedHints());
        goals.setAll(l.goals().stream().map(g -> new GoalRow(g.describe(), GoalRow.State.NOT_RUN, "")).toList());
        running.set(false);
        status.set(progress.completed() ? "Completed before. Run & Check again any time." : "");
        refresh();
    }

    /** Closes the lesson (the palette offers every part again). */
    public void close() {
        generation++;
        pack = null;
        session = null;
        lesson.set(null);
        goals.clear();
        hints.clear();
        running.set(false);
        prediction.set(null);
        predictionFeedback.set("");
        status.set("");
        refresh();
    }

    private void refresh() {
        hintsLeft.set(session == null ? 0 : session.lesson().hints().size() - session.revealedHints().size());
        completed.set(session != null && session.completed());
        awaitsPrediction.set(session != null && session.awaitsPrediction());
    }

    /** Reveals one more hint, if any is left. */
    public void revealHint() {
        if (session != null) {
            session.revealNextHint().ifPresent(h -> {
                hints.add(h);
                onProgress.accept(session.progress());
            });
            refresh();
        }
    }

    /** Answers the predict-first question (before the first run; later answers do not count). */
    public void predict(int choice) {
        if (session != null && session.awaitsPrediction()) {
            session.predict(choice);
            prediction.set(session.progress().prediction());
            onProgress.accept(session.progress());
            refresh();
        }
    }

    /**
     * Runs the goals on a copy of {@code design} in the background. Refused (false) while a run is going, or while
     * the predict-first question waits for an answer.
     */
    public boolean runCheck(Design design) {
        if (session == null || running.get()) {
            return false;
        }
        if (session.awaitsPrediction()) {
            status.set("Answer the question first: predict, then run.");
            return false;
        }
        LessonSession s = session;
        long gen = generation;
        Design copy = design.copy();
        running.set(true);
        status.set("Running the lesson's scenario…");
        background.execute(() -> {
            List<GoalResult> results;
            try {
                results = s.check(copy);
            } catch (RuntimeException e) {
                ui.execute(() -> failed(gen, e));
                return;
            }
            ui.execute(() -> finished(gen, s, results));
        });
        return true;
    }

    private void failed(long gen, RuntimeException e) {
        if (gen == generation) {
            running.set(false);
            status.set("The check could not run: " + e.getMessage());
        }
    }

    private void finished(long gen, LessonSession s, List<GoalResult> results) {
        if (gen != generation) {
            return;  // the learner opened another lesson meanwhile
        }
        running.set(false);
        goals.setAll(results.stream().map(r -> new GoalRow(r.goal(),
                r.passed() ? GoalRow.State.PASSED : GoalRow.State.FAILED, r.message())).toList());
        long met = results.stream().filter(GoalResult::passed).count();
        status.set(met == results.size() ? "Every goal is met — lesson complete."
                : met + " of " + results.size() + " goals met. Change the design and run again.");
        predictionFeedback.set(feedback(s));
        onProgress.accept(s.progress());
        refresh();
    }

    /** Whether the prediction was right, and why — once it is given and a run has happened (also in an earlier visit). */
    private static String feedback(LessonSession s) {
        return s.predictionRight().map(right -> (right ? "Your prediction was right. "
                : "Your prediction was not right: the answer is “" + s.lesson().predict().choices()
                .get(s.lesson().predict().answer()) + "”. ") + s.lesson().predict().explanation()).orElse("");
    }

    /** The solution design of the open lesson. */
    public Optional<Design> solution() {
        return session == null ? Optional.empty() : Optional.of(session.solution());
    }

    /** The lesson after the open one in its pack. */
    public Optional<Lesson> nextLesson() {
        return session == null ? Optional.empty() : pack.next(session.lesson().id());
    }

    public LessonPack pack() {
        return pack;
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The goal checklist, updated after each run. */
    public ObservableList<GoalRow> goals() {
        return goalsView;
    }

    /** The hints revealed so far. */
    public ObservableList<String> hints() {
        return hintsView;
    }

    public ReadOnlyIntegerProperty hintsLeftProperty() {
        return hintsLeft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completedProperty() {
        return completed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty awaitsPredictionProperty() {
        return awaitsPrediction.getReadOnlyProperty();
    }

    /** The learner's answer to the predict-first question (index of the choice), kept across visits; null before. */
    public ReadOnlyObjectProperty<Integer> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** After the first run: whether the prediction was right, and why. */
    public ReadOnlyStringProperty predictionFeedbackProperty() {
        return predictionFeedback.getReadOnlyProperty();
    }

    /** One line on what is happening or what to do next. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
