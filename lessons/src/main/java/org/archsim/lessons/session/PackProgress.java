package org.archsim.lessons.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learner's progress through one pack: one {@link LessonProgress} per lesson touched.
 *
 * @param packId  the pack
 * @param lessons progress by lesson id
 */
public record PackProgress(String packId, Map<String, LessonProgress> lessons) {

    public PackProgress {
        lessons = Collections.unmodifiableMap(new LinkedHashMap<>(lessons));
    }

    /** The progress of {@code lessonId}, fresh when untouched. */
    public LessonProgress of(String lessonId) {
        return lessons.getOrDefault(lessonId, LessonProgress.fresh(lessonId));
    }

    /** A copy with {@code p} replacing its lesson's entry. */
    public PackProgress with(LessonProgress p) {
        Map<String, LessonProgress> m = new LinkedHashMap<>(lessons);
        m.put(p.lessonId(), p);
        return new PackProgress(packId, m);
    }

    /** How many lessons are completed. */
    public long completedCount() {
        return lessons.values().stream().filter(LessonProgress::completed).count();
    }
}
