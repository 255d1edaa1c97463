package org.archsim.lessons.check;

/**
 * How one design of a lesson did over the checked seeds.
 *
 * @param variant      which design
 * @param seeds        seeds run
 * @param seedsAsExpected seeds on which it behaved as required (all goals met for the solution, a goal failed otherwise)
 * @param detail       for a variant that did not hold: the first seed and goal that broke the expectation; otherwise
 *                     an example of the goal that failed (start, without concept) or empty
 */
public record VariantResult(Variant variant, int seeds, int seedsAsExpected, String detail) {

    /** Whether it behaved as required on every seed. */
    public boolean holds() {
        return seedsAsExpected == seeds;
    }
}
