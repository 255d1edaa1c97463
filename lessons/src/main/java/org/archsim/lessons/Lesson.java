package org.archsim.lessons;

import java.util.List;
import org.archsim.lessons.goal.Goal;
import org.archsim.lessons.goal.GoalEvaluator;
import org.archsim.lessons.goal.GoalResult;
import org.archsim.lessons.mutate.Mutation;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;

/**
 * One lesson of a pack, fully loaded and checked: it teaches {@code concepts} by letting the learner run the
 * {@code start} design under {@code scenario}, see {@code goals} fail, and change the design until they hold. Designs
 * handed out are copies, so callers may edit them freely.
 *
 * @param id            id, unique in its pack
 * @param title         title
 * @param concepts      what it teaches (e.g. {@code single-point-of-failure})
 * @param introduction  markdown text
 * @param start         the design the learner starts from
 * @param solution      a design that meets every goal
 * @param allowedKinds  the part kinds the palette offers
 * @param scenario      load and faults the behavioural goals are measured under
 * @param goals         what the design must achieve
 * @param hints         progressive hints, each revealing a little more
 * @param predict       an optional question asked before the run, or {@code null}
 * @param removeConcept edits that take the taught concept out of the solution
 * @param source        the lesson file, for messages
 */
public record Lesson(String id, String title, List<String> concepts, String introduction, Design start, Design solution,
                     List<String> allowedKinds, Scenario scenario, List<Goal> goals, List<String> hints,
                     PredictQuestion predict, List<Mutation> removeConcept, String source) {

    public Lesson {
        concepts = List.copyOf(concepts);
        allowedKinds = List.copyOf(allowedKinds);
        goals = List.copyOf(goals);
        hints = List.copyOf(hints);
        removeConcept = List.copyOf(removeConcept);
    }

    /** A fresh copy of the starting design. */
    @Override
    public Design start() {
        return start.copy();
    }

    /** A fresh copy of the solution design. */
    @Override
    public Design solution() {
        return solution.copy();
    }

    /** The solution with the taught concept removed. */
    public Design solutionWithoutConcept() {
        return Mutation.applyAll(solution, removeConcept);
    }

    /** Evaluates every goal on {@code design} under the lesson's scenario with its own seed. */
    public List<GoalResult> check(Design design) {
        return GoalEvaluator.evaluate(design, scenario, goals);
    }

    /** Evaluates every goal on {@code design} under the lesson's scenario with another seed. */
    public List<GoalResult> check(Design design, long seed) {
        return GoalEvaluator.evaluate(design, scenario.withSeed(seed), goals);
    }

    /** The introduction as HTML (CommonMark), for display. */
    public String introductionHtml() {
        return Markdown.toHtml(introduction);
    }
}
