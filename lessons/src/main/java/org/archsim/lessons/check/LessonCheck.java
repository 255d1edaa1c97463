package org.archsim.lessons.check;

import java.util.List;

/**
 * The pack check of one lesson: a row per variant, and the wall time it took.
 *
 * @param lessonId lesson id
 * @param title    lesson title
 * @param rows     solution, start and without-concept results
 * @param wallMs   milliseconds spent
 */
public record LessonCheck(String lessonId, String title, List<VariantResult> rows, long wallMs) {

    public LessonCheck {
        rows = List.copyOf(rows);
    }

    /** Whether every variant held. */
    public boolean passed() {
        return rows.stream().allMatch(VariantResult::holds);
    }
}
