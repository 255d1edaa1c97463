/**
 * A learner's work in lessons: {@link org.archsim.lessons.session.LessonSession} (hints, predict-first answer, checks,
 * completion) and {@link org.archsim.lessons.session.ProgressStore} (progress per pack in a data folder, export and
 * import). No UI here; the app's lesson player drives these.
 */
package org.archsim.lessons.session;
