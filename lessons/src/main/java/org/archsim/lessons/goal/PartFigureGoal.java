package org.archsim.lessons.goal;

import org.archsim.sim.report.PartStats;

/**
 * Behavioural: a figure of one part over the measured run — its utilisation (busy fraction of its workers) at most a
 * limit, or its cache hit ratio at least a target.
 *
 * @param part   part id
 * @param figure {@link Figure#UTILIZATION} or {@link Figure#HIT_RATIO}
 * @param limit  the bound, 0..1 (a maximum for utilisation, a minimum for hit ratio)
 */
public record PartFigureGoal(String part, Figure figure, double limit) implements Goal {

    /** The figures a part goal can bound. */
    public enum Figure {
        /** Busy fraction of the part's workers; must stay at or below the limit. */
        UTILIZATION,
        /** Fraction of lookups a cache answered itself; must reach the limit. */
        HIT_RATIO
    }

    @Override
    public String describe() {
        return figure == Figure.UTILIZATION ? "utilisation of " + part + " at most " + Fmt.pct(limit)
                : "hit ratio of " + part + " at least " + Fmt.pct(limit);
    }

    @Override
    public boolean behavioural() {
        return true;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        boolean max = figure == Figure.UTILIZATION;
        String goal = "; the goal is " + (max ? "at most " : "at least ") + Fmt.pct(limit);
        if (c.design().component(part).isEmpty()) {
            return result(false, "the design has no part \"" + part + "\"" + goal + " for it");
        }
        RunResult run = c.run();
        if (run == null) {
            return result(false, GoalContext.notRunnable());
        }
        PartStats s = run.last().components().get(part);
        if (max) {
            double u = s == null ? 0 : s.utilization();
            return result(u <= limit + 1e-12, part + " was busy " + Fmt.pct(u) + " of the time" + goal);
        }
        Double h = s == null ? null : s.extra().get("hitRatio");
        if (h == null) {
            return result(false, part + " reported no hit ratio (is it a cache that is used?)" + goal);
        }
        return result(h >= limit, "the hit ratio of " + part + " was " + Fmt.pct(h) + goal);
    }
}
