package org.archsim.lessons.session;

/**
 * What a learner has done in one lesson.
 *
 * @param lessonId      the lesson
 * @param completed     whether a design of theirs met every goal
 * @param hintsRevealed how many hints they opened (hints open in order)
 * @param prediction    the choice they predicted before the run, or {@code null}
 * @param attempts      how many times they ran the checks
 */
public record LessonProgress(String lessonId, boolean completed, int hintsRevealed, Integer prediction, int attempts) {

    /** No progress yet. */
    public static LessonProgress fresh(String lessonId) {
        return new LessonProgress(lessonId, false, 0, null, 0);
    }
}
