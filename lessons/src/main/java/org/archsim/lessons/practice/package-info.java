/**
 * Interview practice: "design X" problems as data ({@link org.archsim.lessons.practice.PracticeProblem}), the
 * back-of-the-envelope worksheet ({@link org.archsim.lessons.practice.Worksheet},
 * {@link org.archsim.lessons.practice.EstimateCheck}), and grading a candidate's design under the problem's load and
 * chaos into a {@link org.archsim.lessons.practice.Scorecard}. Problems are read by
 * {@link org.archsim.lessons.io.PracticeLoader}; nothing here depends on JavaFX.
 */
package org.archsim.lessons.practice;
