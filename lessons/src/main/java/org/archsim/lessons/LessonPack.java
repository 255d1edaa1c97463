package org.archsim.lessons;

import java.util.List;
import java.util.Optional;

/**
 * A loaded lesson pack: its description and its lessons in teaching order. Packs are data only; loading one (see
 * {@code org.archsim.lessons.io.PackLoader}) never runs code from it.
 *
 * @param id          stable id, used to keep progress
 * @param title       title
 * @param version     the pack's own version text
 * @param author      author
 * @param description what the pack teaches
 * @param lessons     lessons in order
 * @param source      where it was loaded from, for messages
 */
public record LessonPack(String id, String title, String version, String author, String description,
                         List<Lesson> lessons, String source) {

    public LessonPack {
        lessons = List.copyOf(lessons);
    }

    /** The lesson with {@code lessonId}, if any. */
    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    /** The lesson after {@code lessonId}, if any. */
    public Optional<Lesson> next(String lessonId) {
        for (int i = 0; i + 1 < lessons.size(); i++) {
            if (lessons.get(i).id().equals(lessonId)) {
                return Optional.of(lessons.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
