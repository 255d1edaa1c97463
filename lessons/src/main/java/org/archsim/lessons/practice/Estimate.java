package org.archsim.lessons.practice;

/**
 * One checked estimate.
 *
 * @param name        what was estimated, e.g. {@code peak rps}
 * @param expected    the figure derived from the problem's numbers
 * @param given       the candidate's figure, or {@code null} when left blank
 * @param passed      whether {@code given} is within the tolerance
 * @param explanation the arithmetic in a sentence, then the verdict
 */
public record Estimate(String name, double expected, Double given, boolean passed, String explanation) {
}
