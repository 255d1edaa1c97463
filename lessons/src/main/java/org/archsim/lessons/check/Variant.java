package org.archsim.lessons.check;

/** The three designs a pack check runs for each lesson, and what each must do. */
public enum Variant {
    /** The solution: must meet every goal on every seed. */
    SOLUTION("solution", "meets every goal"),
    /** The starting design: must fail at least one goal on every seed. */
    START("start", "fails a goal"),
    /** The solution with the taught concept removed: must fail at least one goal on every seed. */
    WITHOUT_CONCEPT("without concept", "fails a goal");

    private final String label;
    private final String expectation;

    Variant(String label, String expectation) {
        this.label = label;
        this.expectation = expectation;
    }

    /** Short name for tables. */
    public String label() {
        return label;
    }

    /** What the variant must do, for tables. */
    public String expectation() {
        return expectation;
    }
}
