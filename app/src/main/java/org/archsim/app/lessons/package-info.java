/**
 * The lesson player: the lesson browser (bundled packs and packs opened from disk, with completion marks), the
 * lesson panel beside the canvas (introduction, live goal checklist, predict-first question, Run &amp; Check, hints,
 * solution, next lesson), progress per pack with export and import, and the instructors' pack check. View-models
 * ({@link org.archsim.app.lessons.LessonLibrary}, {@link org.archsim.app.lessons.LessonPlayerModel}) hold the logic
 * and are tested without a window; views only show them.
 */
package org.archsim.app.lessons;
