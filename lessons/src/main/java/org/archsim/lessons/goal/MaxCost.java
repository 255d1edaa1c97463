package org.archsim.lessons.goal;

import org.archsim.model.Component;
import org.archsim.model.Design;

/**
 * Structural: the design's running cost per hour (each part's {@code costPerHour} times its instances) is at most
 * {@code maxPerHour} — a budget, so that piling on servers is not an answer.
 *
 * @param maxPerHour the budget in $/h
 */
public record MaxCost(double maxPerHour) implements Goal {

    @Override
    public String describe() {
        return "costs at most $" + Fmt.num(maxPerHour) + " per hour";
    }

    @Override
    public boolean behavioural() {
        return false;
    }

    /** Cost per hour of {@code d}: the sum over parts of {@code costPerHour × instances}. */
    public static double costOf(Design d) {
        double sum = 0;
        for (Component p : d.components()) {
            if (p.kind().param("costPerHour").isPresent()) {
                int n = p.kind().param("instances").isPresent() ? p.intParam("instances") : 1;
                sum += p.doubleParam("costPerHour") * n;
            }
        }
        return sum;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        double cost = costOf(c.design());
        return result(cost <= maxPerHour + 1e-9, "the design costs $" + Fmt.num(cost) + " per hour; the goal is at most $"
                + Fmt.num(maxPerHour));
    }
}
