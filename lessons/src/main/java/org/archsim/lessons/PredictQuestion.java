package org.archsim.lessons;

import java.util.List;

/**
 * A question asked before the run ("which part saturates first?"), scored after it and explained.
 *
 * @param question    the question
 * @param choices     the answers offered, at least two
 * @param answer      index of the right choice
 * @param explanation why, shown after the run
 */
public record PredictQuestion(String question, List<String> choices, int answer, String explanation) {

    public PredictQuestion {
        choices = List.copyOf(choices);
        if (choices.size() < 2 || answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("a prediction needs ≥ 2 choices and a valid answer index");
        }
    }

    /** Whether choice {@code index} is right. */
    public boolean isRight(int index) {
        return index == answer;
    }
}
