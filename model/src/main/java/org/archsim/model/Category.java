package org.archsim.model;

/** The palette groups part kinds are shown in, in palette order. */
public enum Category {
    TRAFFIC("Traffic"),
    EDGE("Edge"),
    COMPUTE("Compute"),
    DATA("Data"),
    MESSAGING("Messaging");

    private final String displayName;

    Category(String displayName) {
        this.displayName = displayName;
    }

    /** The heading shown above the group in the palette. */
    public String displayName() {
        return displayName;
    }
}
