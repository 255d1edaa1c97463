package org.archsim.lessons.goal;

import java.util.Map;
import org.archsim.sim.report.PartStats;

/**
 * Behavioural: when the scenario adds or removes a shard, at most the fraction {@code max} of the key space changes
 * shard. Reads the run's {@code keysMoved} figure (the largest share of keys one change of a shard set moved, reported
 * on the shards' databases). A run in which no shard set changed fails: the goal is about resharding, so a design that
 * does not shard (or a scenario without the event) has not shown anything.
 *
 * @param max the largest fraction of keys allowed to move, 0..1
 */
public record KeysMovedGoal(double max) implements Goal {

    @Override
    public String describe() {
        return "at most " + Fmt.pct(max) + " of the keys change shard when the shards change";
    }

    @Override
    public boolean behavioural() {
        return true;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        RunResult run = c.run();
        if (run == null) {
            return result(false, GoalContext.notRunnable());
        }
        double moved = -1;
        String where = null;
        for (Map.Entry<String, PartStats> e : run.last().components().entrySet()) {
            Double k = e.getValue().extra().get("keysMoved");
            if (k != null && k > moved) {
                moved = k;
                where = e.getKey();
            }
        }
        String goal = "; the goal is at most " + Fmt.pct(max);
        if (where == null) {
            return result(false, "no shard set changed during the run (is the data sharded over the database the "
                    + "scenario adds or removes?)" + goal);
        }
        return result(moved <= max + 1e-12, Fmt.pct(moved) + " of the keys changed shard (the shard set of " + where
                + ")" + goal);
    }
}
