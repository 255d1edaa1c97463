package org.archsim.lessons.session;

import java.util.List;
import java.util.Optional;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.PredictQuestion;
import org.archsim.lessons.goal.GoalResult;
import org.archsim.model.Design;

/**
 * A learner working through one lesson: hints revealed one at a time, the predict-first answer given before the first
 * run and scored after it, check runs, and completion once a design meets every goal. Not thread-safe; the UI owns
 * one per open lesson and runs {@link #check(Design)} off its UI thread.
 */
public final class LessonSession {

    private final Lesson lesson;
    private LessonProgress progress;
    private List<GoalResult> lastResults = List.of();

    /** A session resuming {@code progress} (use {@link LessonProgress#fresh(String)} for a first visit). */
    public LessonSession(Lesson lesson, LessonProgress progress) {
        if (!progress.lessonId().equals(lesson.id())) {
            throw new IllegalArgumentException("progress of " + progress.lessonId() + " given for lesson " + lesson.id());
        }
        this.lesson = lesson;
        this.progress = progress;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The progress to save. */
    public LessonProgress progress() {
        return progress;
    }

    /** The hints revealed so far, in order. */
    public List<String> revealedHints() {
        return lesson.hints().subList(0, Math.min(progress.hintsRevealed(), lesson.hints().size()));
    }

    /** Reveals the next hint and returns it; empty when every hint is already shown. */
    public Optional<String> revealNextHint() {
        int n = progress.hintsRevealed();
        if (n >= lesson.hints().size()) {
            return Optional.empty();
        }
        progress = new LessonProgress(lesson.id(), progress.completed(), n + 1, progress.prediction(), progress.attempts());
        return Optional.of(lesson.hints().get(n));
    }

    /** Whether the lesson asks for a prediction that has not been given yet. */
    public boolean awaitsPrediction() {
        return lesson.predict() != null && progress.prediction() == null;
    }

    /**
     * Records the learner's prediction (once; later answers are ignored so the score stays honest).
     *
     * @throws IllegalStateException    when the lesson has no question
     * @throws IllegalArgumentException for an index that is not a choice
     */
    public void predict(int choice) {
        PredictQuestion q = lesson.predict();
        if (q == null) {
            throw new IllegalStateException("lesson " + lesson.id() + " asks no prediction");
        }
        if (choice < 0 || choice >= q.choices().size()) {
            throw new IllegalArgumentException("choice " + choice + " is not one of the " + q.choices().size());
        }
        if (progress.prediction() == null) {
            progress = new LessonProgress(lesson.id(), progress.completed(), progress.hintsRevealed(), choice,
                    progress.attempts());
        }
    }

    /** Whether the prediction was right, once it is given and a run has happened; empty before. */
    public Optional<Boolean> predictionRight() {
        if (lesson.predict() == null || progress.prediction() == null || progress.attempts() == 0) {
            return Optional.empty();
        }
        return Optional.of(lesson.predict().isRight(progress.prediction()));
    }

    /** Runs the goals on {@code design}; completes the lesson when all pass. */
    public List<GoalResult> check(Design design) {
        lastResults = lesson.check(design);
        boolean done = progress.completed() || lastResults.stream().allMatch(GoalResult::passed);
        progress = new LessonProgress(lesson.id(), done, progress.hintsRevealed(), progress.prediction(),
                progress.attempts() + 1);
        return lastResults;
    }

    /** The results of the last check, empty before the first. */
    public List<GoalResult> lastResults() {
        return lastResults;
    }

    /** Whether the lesson is completed. */
    public boolean completed() {
        return progress.completed();
    }

    /** The solution design, for "show solution". */
    public Design solution() {
        return lesson.solution();
    }
}
