package org.archsim.lessons.goal;

import java.util.List;

/** Structural: no single part whose loss cuts the clients off from their data (the model's {@code spof} rule). */
public record NoSinglePointOfFailure() implements Goal {

    @Override
    public String describe() {
        return "no single point of failure between the clients and the data";
    }

    @Override
    public boolean behavioural() {
        return false;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        List<String> spofs = c.problems().stream().filter(p -> p.code().equals("spof"))
                .flatMap(p -> p.subjects().stream()).distinct().toList();
        if (spofs.isEmpty()) {
            return result(true, "no single part can cut the clients off from the data");
        }
        return result(false, spofs.size() + " part" + (spofs.size() == 1 ? " is a single point of failure: "
                : "s are single points of failure: ") + String.join(", ", spofs) + "; the goal is none");
    }
}
