package org.archsim.model.edit;

/**
 * Thrown by a {@link Command} that refuses an edit (an out-of-range value, a duplicate link, a missing part) before
 * changing anything. {@link #getMessage()} is a full sentence a learner can read; {@link #reason()} is the bare
 * reason for showing next to the field that caused it ({@code "must be ≥ 1, was 0"}).
 */
public final class EditRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /** A refusal whose message is {@code message} and whose field-level reason is {@code reason}. */
    public EditRefusedException(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    /** A refusal whose message is also its reason. */
    public EditRefusedException(String message) {
        this(message, message);
    }

    /** The bare, learner-readable reason, without the part or parameter it concerns. */
    public String reason() {
        return reason;
    }
}
