package org.archsim.model.scenario;

/** What a fault's {@code target} names. */
public enum TargetKind {
    /** A part id, e.g. {@code db}. */
    PART("a part id"),
    /** A link id {@code from->to}, e.g. {@code app->db}. */
    LINK("a link id \"from->to\""),
    /** A part id or a link id. */
    PART_OR_LINK("a part id or a link id \"from->to\""),
    /** A zone name as set in parts' {@code zone} parameter. */
    ZONE("a zone name"),
    /** Nothing: the fault acts on the whole system (a target may narrow it where the type allows one). */
    NONE("nothing");

    private final String readable;

    TargetKind(String readable) {
        this.readable = readable;
    }

    /** How messages and docs describe a valid target. */
    public String readable() {
        return readable;
    }
}
