package org.archsim.lessons.goal;

import java.util.List;
import org.archsim.model.rules.Problem;

/** Structural: the design rules find no errors (warnings are allowed). */
public record NoDesignErrors() implements Goal {

    @Override
    public String describe() {
        return "the design has no errors";
    }

    @Override
    public boolean behavioural() {
        return false;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        List<Problem> errors = c.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return result(true, "the design rules find no errors");
        }
        return result(false, "the design has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                + ", the first: " + errors.get(0).message() + "; the goal is none");
    }
}
