package org.archsim.lessons.goal;

/**
 * Structural: the number of parts (of one kind, or of any kind but clients) is at least {@code min} and at most
 * {@code max}. A minimum asks for redundancy or a missing piece; a maximum is a budget that stops brute force.
 *
 * @param kind kind id, or {@code null} for every part except clients
 * @param min  fewest parts, or {@code null}
 * @param max  most parts, or {@code null}
 */
public record PartCount(String kind, Integer min, Integer max) implements Goal {

    @Override
    public String describe() {
        String what = kind == null ? "parts (clients not counted)" : "parts of kind " + kind;
        if (min != null && max != null) {
            return "between " + min + " and " + max + " " + what;
        }
        return (min != null ? "at least " + min : "at most " + max) + " " + what;
    }

    @Override
    public boolean behavioural() {
        return false;
    }

    @Override
    public GoalResult evaluate(GoalContext c) {
        long n = c.design().components().stream()
                .filter(p -> kind == null ? !p.kind().id().equals("client") : p.kind().id().equals(kind)).count();
        String what = kind == null ? "part" + (n == 1 ? "" : "s") : (n == 1 ? "part" : "parts") + " of kind " + kind;
        String measured = "the design has " + n + " " + what;
        if (min != null && n < min) {
            return result(false, measured + "; the goal is at least " + min);
        }
        if (max != null && n > max) {
            return result(false, measured + "; the goal is at most " + max);
        }
        return result(true, measured + "; the goal is " + describe().replaceFirst(" parts.*", ""));
    }
}
