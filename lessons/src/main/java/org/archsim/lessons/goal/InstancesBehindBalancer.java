package org.archsim.lessons.goal;

import org.archsim.model.Component;
import org.archsim.model.Link;

/**
 * Structural: some load balancer spreads traffic over at least {@code min} serving instances (its targets' instance
 * counts added up).
 *
 * @param min fewest instances
 */
public record InstancesBehindBalancer(int min) implements Goal {

    @Override
    public String describe() {
        return "at least " + min + " instances behind a load balancer";
    }

    @Override
    public boolean behavioural() {
        return false;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        int best = -1;
        for (Component lb : c.design().components()) {
            if (!lb.kind().id().equals("load-balancer")) {
                continue;
            }
            int sum = 0;
            for (Link l : c.design().outgoing(lb.id())) {
                Component t = c.design().requireComponent(l.to());
                sum += t.kind().param("instances").isPresent() ? t.intParam("instances") : 1;
            }
            best = Math.max(best, sum);
        }
        if (best < 0) {
            return result(false, "the design has no load balancer; the goal is at least " + min
                    + " instances behind one");
        }
        String measured = "the best-served load balancer has " + best + " instance" + (best == 1 ? "" : "s")
                + " behind it";
        return result(best >= min, measured + "; the goal is at least " + min);
    }
}
