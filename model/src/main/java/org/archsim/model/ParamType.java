package org.archsim.model;

/**
 * The value types a {@link ParamSpec} can declare. Each type fixes the Java class that holds its values inside the
 * model, so code that reads a parameter never has to guess:
 * <ul>
 *   <li>{@link #INT} — {@link Integer}</li>
 *   <li>{@link #DECIMAL} — {@link Double} (always finite)</li>
 *   <li>{@link #BOOL} — {@link Boolean}</li>
 *   <li>{@link #CHOICE} — {@link String}, one of the spec's choices</li>
 *   <li>{@link #TEXT} — {@link String}</li>
 *   <li>{@link #WEIGHTS} — an unmodifiable {@code Map<String, Double>} sorted by key, every weight finite and ≥ 0</li>
 * </ul>
 */
public enum ParamType {
    INT("integer"),
    DECIMAL("number"),
    BOOL("boolean"),
    CHOICE("one of the listed choices"),
    TEXT("text"),
    WEIGHTS("an object of names to weights");

    private final String readable;

    ParamType(String readable) {
        this.readable = readable;
    }

    /** A learner-readable name of the type, used in error messages ("must be an integer"). */
    public String readable() {
        return readable;
    }
}
