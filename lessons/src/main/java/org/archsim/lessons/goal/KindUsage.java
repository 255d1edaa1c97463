package org.archsim.lessons.goal;

/**
 * Structural: a kind of part is used (e.g. "put a cache in") or not used (e.g. "no queue yet").
 *
 * @param kind kind id
 * @param used true: at least one part of the kind; false: none
 */
public record KindUsage(String kind, boolean used) implements Goal {

    @Override
    public String describe() {
        return used ? "uses a part of kind " + kind : "uses no part of kind " + kind;
    }

    @Override
    public boolean behavioural() {
        return false;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        long n = c.design().components().stream().filter(p -> p.kind().id().equals(kind)).count();
        String measured = "the design has " + n + " part" + (n == 1 ? "" : "s") + " of kind " + kind;
        return result(used == (n > 0), measured + "; the goal is " + (used ? "at least one" : "none"));
    }
}
