package org.archsim.lessons.goal;

/**
 * A span of simulated time a behavioural goal is measured over, e.g. the minute a primary database is down.
 * Figures inside a window come from the difference of the reports taken at its two ends.
 *
 * @param fromS start, seconds since the run began (at or after warm-up)
 * @param toS   end, seconds (after {@code fromS})
 * @param label how the window reads in a sentence, e.g. {@code while db is down}
 */
public record Window(double fromS, double toS, String label) {

    public Window {
        if (!(toS > fromS) || fromS < 0) {
            throw new IllegalArgumentException("a window needs 0 ≤ from < to, was " + fromS + " … " + toS);
        }
    }

    /** A window labelled by its bounds: {@code between 30 s and 90 s}. */
    public static Window between(double fromS, double toS) {
        return new Window(fromS, toS, "between " + Fmt.num(fromS) + " s and " + Fmt.num(toS) + " s");
    }
}
