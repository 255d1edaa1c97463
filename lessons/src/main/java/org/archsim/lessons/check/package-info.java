/**
 * Self-checks of lesson packs: {@link org.archsim.lessons.check.PackChecker} replays each lesson's solution, start and
 * solution-without-the-concept over many seeds and reports, per lesson, whether each behaved as the lesson requires.
 */
package org.archsim.lessons.check;
