package org.archsim.lessons.practice;

/**
 * One line of a scorecard.
 *
 * @param criterion what was checked, e.g. {@code survives crash of db}
 * @param passed    whether the design met it
 * @param evidence  the figures behind the verdict, in a sentence or two
 */
public record ScoreRow(String criterion, boolean passed, String evidence) {
}
