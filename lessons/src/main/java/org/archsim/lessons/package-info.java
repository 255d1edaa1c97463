/**
 * Lessons and lesson packs as loaded data: {@link org.archsim.lessons.LessonPack}, {@link org.archsim.lessons.Lesson},
 * {@link org.archsim.lessons.PredictQuestion}, and markdown rendering of introductions. Loading lives in
 * {@code io}, goals in {@code goal}, concept removal in {@code mutate}, learner progress in {@code session}, and the
 * self-checks of packs in {@code check}.
 */
package org.archsim.lessons;
